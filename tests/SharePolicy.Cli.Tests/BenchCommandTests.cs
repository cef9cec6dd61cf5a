namespace SharePolicy.Cli.Tests;

public class BenchCommandTests
{
    [Fact]
    public async Task Prints_what_it_measured_and_ends_with_the_machine_readable_line()
    {
        var run = await CliRun.Of("bench", "--decisions", "300", "--requests", "50", "--seed", "7", "--warmup-ms", "1");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.OutputLines.Should().HaveCount(5);
        run.OutputLines[0].Should().MatchRegex(@"^rule set: \d+ embedded default rules, loaded and compiled in \d+\.\d ms$");
        run.OutputLines[1].Should().Be("requests: 50 generated from seed 7");
        run.OutputLines[2].Should().MatchRegex(@"^engine:   300 decisions on one thread, p50 \d+\.\d\d us, p99 \d+\.\d\d us, \d+ decisions/s$");
        run.OutputLines[3].Should().MatchRegex(@"^baseline: 300 decisions on one thread, \d+ decisions/s \(hand-written if/else of the same rules\)$");
        run.OutputLines[4].Should().MatchRegex(@"^p50_us=\d+\.\d\d p99_us=\d+\.\d\d per_sec=\d+ baseline_ratio=\d+\.\d$");
    }

    [Theory]
    [InlineData("--decisions", "0")]
    [InlineData("--requests", "-5")]
    [InlineData("--warmup-ms", "0")]
    public async Task A_count_below_one_is_a_usage_error_naming_the_option(string option, string value)
    {
        var run = await CliRun.Of("bench", option, value);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be($"error: {option} must be 1 or more, not {value}.{Environment.NewLine}");
    }
}

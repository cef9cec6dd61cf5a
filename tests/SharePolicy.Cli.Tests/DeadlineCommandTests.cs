namespace SharePolicy.Cli.Tests;

public class DeadlineCommandTests
{
    [Theory]
    [InlineData("2025-09-28", "10", "2025-10-17")]
    [InlineData("2025-01-25", "10", "2025-02-13")]
    [InlineData("2025-09-26", "15", "2025-10-23")]
    [InlineData("2025-06-06", "0", "2025-06-06")]
    public async Task Prints_the_due_date_on_the_last_line(string from, string days, string due)
    {
        var run = await CliRun.Of("deadline", "--from", from, "--working-days", days);

        run.ExitCode.Should().Be(0);
        run.OutputLines[^1].Should().Be(due);
    }

    [Fact]
    public async Task A_due_date_beyond_the_calendar_is_an_error()
    {
        var run = await CliRun.Of("deadline", "--from", "2026-12-24", "--working-days", "10");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("error: ").And.Contain("outside the working-day calendar");
    }

    [Theory]
    [InlineData("-1", "--working-days must be 0 or more, not -1.")]
    [InlineData("ten", "Cannot parse argument 'ten' for option '--working-days'")]
    public async Task Bad_working_days_are_a_usage_error(string days, string message)
    {
        var run = await CliRun.Of("deadline", "--from", "2025-09-28", "--working-days", days);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }

    [Fact]
    public async Task A_local_calendar_directory_adds_its_days()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "2025.yaml"), """
                year: 2025
                source: { zh-Hans: 示例地方节假日安排, en: Example of a regional holiday arrangement }
                holidays:
                  - { zh-Hans: 地方民族节日, en: Regional festival, off: { from: 2025-03-31, to: 2025-04-01 }, workdays: [] }
                """);

            var run = await CliRun.Of("deadline", "--from", "2025-03-28", "--working-days", "1", "--calendar", directory.FullName);

            run.ExitCode.Should().Be(0);
            run.OutputLines[^1].Should().Be("2025-04-02");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}

using System.CommandLine;

namespace SharePolicy.Cli.Tests;

/// <summary>Whatever goes wrong, the command line says so in a line and an exit code, never with a stack trace.</summary>
public class NoStackTraceTests
{
    [Fact]
    public async Task A_count_of_working_days_past_any_calendar_is_a_usage_error_naming_the_first_unknown_day()
    {
        var run = await CliRun.Of("deadline", "--from", "2025-09-28", "--working-days", "2147483647");

        run.ExitCode.Should().Be(SharePolicyCli.UsageError);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("error: 2027-01-01 is outside the working-day calendar").And.NotContain("   at ");
    }

    [Fact]
    public async Task An_unexpected_fault_is_one_line_and_exit_code_3()
    {
        var faulty = new Command("faulty");
        faulty.SetAction(new Func<ParseResult, int>(_ => throw new InvalidOperationException("something the tool did not expect")));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await SharePolicyCli.RunAsync(new RootCommand { faulty }, ["faulty"], output, error, CancellationToken.None);

        exitCode.Should().Be(SharePolicyCli.InternalError);
        error.ToString().ReplaceLineEndings("\n").Should().Be(
            "error: InvalidOperationException: something the tool did not expect\n"
            + "This is a fault in sharepolicy; please report it with the command line that caused it.\n");
        output.ToString().Should().BeEmpty();
    }

    [Fact]
    public async Task An_argument_error_a_command_did_not_catch_is_a_usage_error()
    {
        var strict = new Command("strict");
        strict.SetAction(new Func<ParseResult, int>(_ => throw new ArgumentException("the value 'x' is not allowed")));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await SharePolicyCli.RunAsync(new RootCommand { strict }, ["strict"], output, error, CancellationToken.None);

        exitCode.Should().Be(SharePolicyCli.UsageError);
        error.ToString().Should().Be("error: the value 'x' is not allowed" + Environment.NewLine);
    }
}

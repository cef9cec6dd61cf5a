namespace SharePolicy.Cli.Tests;

public class CalendarCommandTests
{
    [Fact]
    public async Task Prints_one_line_per_date_and_nothing_else()
    {
        var run = await CliRun.Of("calendar", "--from", "2025-09-27", "--to", "2025-10-12");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.OutputLines.Should().Equal(
            "2025-09-27 off",
            "2025-09-28 working",
            "2025-09-29 working",
            "2025-09-30 working",
            "2025-10-01 off",
            "2025-10-02 off",
            "2025-10-03 off",
            "2025-10-04 off",
            "2025-10-05 off",
            "2025-10-06 off",
            "2025-10-07 off",
            "2025-10-08 off",
            "2025-10-09 working",
            "2025-10-10 working",
            "2025-10-11 working",
            "2025-10-12 off");
    }

    [Fact]
    public async Task Classifies_every_date_from_2016_through_2026()
    {
        var run = await CliRun.Of("calendar", "--from", "2016-01-01", "--to", "2026-12-31");

        run.ExitCode.Should().Be(0);
        run.OutputLines.Should().HaveCount(4018);
        run.OutputLines.Should().AllSatisfy(line => line.Should().MatchRegex(@"^\d{4}-\d{2}-\d{2} (working|off)$"));
        run.OutputLines[0].Should().Be("2016-01-01 off");
        run.OutputLines[^1].Should().Be("2026-12-31 working");
    }

    [Fact]
    public async Task A_range_beyond_the_calendar_prints_nothing_and_fails_naming_the_date()
    {
        var run = await CliRun.Of("calendar", "--from", "2026-12-30", "--to", "2027-01-02");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be("error: 2027-01-01 is outside the working-day calendar, which covers 2016-01-01 to 2026-12-31. To decide it, load the State Council's holiday notice for 2027: `sharepolicy calendar import NOTICE.txt --out DIR` writes its calendar file, which SharePolicy:CalendarDirectory (or --calendar DIR) then loads; or opt in to provisional years (SharePolicy:Calendar:ProvisionalYears, --provisional) to count 2027 from the statutory holidays alone, every deadline then marked provisional." + Environment.NewLine, "the first day the calendar cannot classify is named");
    }

    [Fact]
    public async Task A_reversed_range_is_a_usage_error()
    {
        var run = await CliRun.Of("calendar", "--from", "2025-10-02", "--to", "2025-10-01");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--to 2025-10-01 is before --from 2025-10-02");
    }

    [Fact]
    public async Task A_malformed_date_is_a_usage_error_naming_it()
    {
        var run = await CliRun.Of("calendar", "--from", "2025-9-27", "--to", "2025-10-01");

        run.ExitCode.Should().Be(2);
        run.Output.Should().NotContain("working");
        run.Error.Should().Contain("--from '2025-9-27' is not a date; write yyyy-MM-dd.");
    }
}

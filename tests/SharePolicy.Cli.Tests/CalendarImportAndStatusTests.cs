namespace SharePolicy.Cli.Tests;

/// <summary>
/// The operator's commands for the calendar's horizon: import the next notice the day it is published, see the years
/// and days left, and count a deadline provisionally when a host opts in.
/// </summary>
public sealed class CalendarImportAndStatusTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string Notice(string name) =>
        Path.Combine(SharePolicy.ArticleExamples.RepositoryPaths.Root, "src", "SharePolicy", "Calendar", "Data", "cn", "notices", name);

    [Fact]
    public async Task A_deadline_reaching_a_year_without_its_notice_is_provisional_when_asked_for()
    {
        var run = await CliRun.Of("deadline", "--from", "2026-12-25", "--working-days", "10", "--provisional");

        run.ExitCode.Should().Be(0);
        run.OutputLines[^1].Should().Be("2027-01-11 provisional");
    }

    [Fact]
    public async Task Without_provisional_the_same_deadline_exits_2_naming_the_first_unknown_day()
    {
        var run = await CliRun.Of("deadline", "--from", "2026-12-25", "--working-days", "10");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("error: 2027-01-01 is outside the working-day calendar, which covers 2016-01-01 to 2026-12-31. To decide it, load the State Council's holiday notice for 2027");
    }

    [Fact]
    public async Task A_deadline_within_the_confirmed_years_is_not_marked_provisional()
    {
        var run = await CliRun.Of("deadline", "--from", "2026-12-01", "--working-days", "10", "--provisional");

        run.OutputLines[^1].Should().Be("2026-12-15");
    }

    [Fact]
    public async Task The_status_shows_the_confirmed_years_the_provisional_ones_and_the_days_left()
    {
        var run = await CliRun.Of("calendar", "status", "--today", "2026-12-01", "--provisional");

        run.ExitCode.Should().Be(0);
        run.OutputLines.Should().Equal(
            "confirmed:   2016-2026 (State Council notices)",
            "local days:  none",
            "provisional: 2027 (statutory holidays only)",
            "last confirmed day: 2026-12-31",
            "days left: 30 (from 2026-12-01); load the notice for 2027 when it is published");
    }

    [Fact]
    public async Task Importing_a_notice_writes_its_years_file_which_the_calendar_then_loads()
    {
        var directory = Path.Combine(_files.Root, "calendar");

        var import = await CliRun.Of("calendar", "import", Notice("2019.zh-Hans.txt"), Notice("2019-amendment.zh-Hans.txt"), "--out", directory);
        var status = await CliRun.Of("calendar", "status", "--calendar", directory, "--today", "2026-12-01");

        import.ExitCode.Should().Be(0);
        import.OutputLines.Should().Equal($"wrote {Path.Combine(directory, "2019.yaml")}: 2019, 7 holidays, from 国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号）；劳动节依国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号）调整");
        status.ExitCode.Should().Be(0, status.Error);
        (await CliRun.Of("calendar", "--calendar", directory, "--from", "2019-05-02", "--to", "2019-05-05")).OutputLines
            .Should().Equal("2019-05-02 off", "2019-05-03 off", "2019-05-04 off", "2019-05-05 working");
    }

    // A notice for 2027 as the State Council might publish it (no 2027 notice has been published): the next year, past the
    // embedded ones, imported and loaded the way docs/calendar.md tells an operator to.
    private const string Notice2027 = """
        国务院办公厅关于2027年部分节假日安排的通知
        各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
        经国务院批准，现将2027年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
        一、元旦：1月1日（周五）至3日（周日）放假，共3天。
        二、春节：2月5日（农历除夕、周五）至13日（农历正月初八、周六）放假调休，共9天。2月20日（周六）上班。
        三、清明节：4月3日（周六）至5日（周一）放假，共3天。
        四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。
        五、端午节：6月9日（周三）放假，共1天。
        六、中秋节：9月15日（周三）放假，共1天。
        七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。
        国务院办公厅
        2026年11月10日
        """;

    [Fact]
    public async Task The_next_years_notice_imported_extends_the_calendar_so_a_deadline_into_it_is_confirmed()
    {
        var directory = Path.Combine(_files.Root, "calendar");
        var notice = _files.Write("2027.txt", Notice2027);

        var import = await CliRun.Of("calendar", "import", notice, "--number", "国办发明电〔2026〕9号", "--out", directory);
        var deadline = await CliRun.Of("deadline", "--calendar", directory, "--from", "2026-12-25", "--working-days", "10");
        var status = await CliRun.Of("calendar", "status", "--calendar", directory, "--today", "2026-12-01");
        var beyond = await CliRun.Of("deadline", "--calendar", directory, "--from", "2027-12-24", "--working-days", "10");

        import.ExitCode.Should().Be(0, import.Error);
        deadline.ExitCode.Should().Be(0, deadline.Error);
        deadline.OutputLines[^1].Should().Be("2027-01-11", "the imported year is confirmed, so nothing is provisional");
        (await CliRun.Of("calendar", "--calendar", directory, "--from", "2027-02-05", "--to", "2027-02-05")).OutputLines.Should().Equal("2027-02-05 off");
        (await CliRun.Of("calendar", "--calendar", directory, "--from", "2027-02-20", "--to", "2027-02-20")).OutputLines.Should().Equal("2027-02-20 working");
        status.OutputLines[0].Should().Be("confirmed:   2016-2027 (State Council notices)");
        beyond.ExitCode.Should().Be(2);
        beyond.Error.Should().StartWith("error: 2028-01-01 is outside the working-day calendar, which covers 2016-01-01 to 2027-12-31.");
    }

    [Fact]
    public async Task Importing_without_out_prints_the_calendar_file()
    {
        var run = await CliRun.Of("calendar", "import", Notice("2026.zh-Hans.txt"), "--number", "国办发明电〔2025〕7号");

        run.ExitCode.Should().Be(0);
        run.OutputLines.Take(4).Should().Equal(
            "# 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）",
            "year: 2026",
            "kind: national",
            "source:");
    }

    [Fact]
    public async Task A_notice_whose_days_disagree_is_refused_with_exit_1_naming_the_item()
    {
        var text = await File.ReadAllTextAsync(Notice("2026.zh-Hans.txt"));
        var wrong = _files.Write("2026-wrong.txt", text.Replace("共9天", "共8天", StringComparison.Ordinal));

        var run = await CliRun.Of("calendar", "import", wrong);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be("error: 2026-wrong.txt: 二、春节: it says 共8天, but 2026-02-15 to 2026-02-23 is 9 days" + Environment.NewLine);
    }

    [Fact]
    public async Task A_file_that_is_not_a_notice_is_refused_with_exit_1()
    {
        var run = await CliRun.Of("calendar", "import", _files.Write("notes.txt", "会议纪要\n一、研究了节假日值班安排。\n"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith("error: notes.txt: 会议纪要: this is not a holiday notice");
    }

    [Fact]
    public async Task A_calendar_range_without_its_dates_or_a_subcommand_is_a_usage_error()
    {
        var run = await CliRun.Of("calendar");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("error: give --from and --to, or a subcommand (import, status); see 'sharepolicy calendar --help'." + Environment.NewLine);
    }
}

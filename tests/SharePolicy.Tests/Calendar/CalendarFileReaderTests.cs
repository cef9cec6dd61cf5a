using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Model;

namespace SharePolicy.Tests.Calendar;

public partial class CalendarFileReaderTests
{
    private const string Path = "calendar/2025.yaml";

    private const string Source = "source: { zh-Hans: 来源, en: Source }\n";

    [Theory]
    [InlineData("year: 1948\n", "1:7", "year must be a whole number from 1949 to 9998, not '1948'.")]
    [InlineData("year: 9999\n", "1:7", "year must be a whole number from 1949 to 9998, not '9999'.")]
    [InlineData("year: -2025\n", "1:7", "year must be a whole number from 1949 to 9998, not '-2025'.")]
    [InlineData("year: twenty\n", "1:7", "year must be a whole number from 1949 to 9998, not 'twenty'.")]
    [InlineData("# no year\n", "2:1", "a calendar file has no 'year' field.")]
    public void A_year_outside_1949_to_9998_is_rejected_where_it_is_written(string yearLine, string where, string reason)
    {
        var act = () => CalendarFileReader.Read(Path, yearLine + Source);

        var exception = act.Should().Throw<CalendarLoadException>().Which;
        exception.Location.Should().Be($"{Path}:{where}");
        exception.Reason.Should().Be(reason);
        exception.Message.Should().Be($"{Path}:{where}: {reason}");
        exception.Errors.Should().Equal($"{Path}:{where}: {reason}");
    }

    [Theory]
    [InlineData(1949)]
    [InlineData(9998)]
    public void The_first_and_last_years_allowed_are_read(int year)
    {
        var read = CalendarFileReader.Read(Path, $"year: {year}\n" + Source);

        read.Should().Be(new CalendarYear(year, new BilingualText("来源", "Source"), []) { Kind = CalendarYearKind.Local });
    }

    [Theory]
    [InlineData("kind: national\n", CalendarYearKind.National)]
    [InlineData("kind: local\n", CalendarYearKind.Local)]
    [InlineData("", CalendarYearKind.Local)]
    public void A_file_says_whether_it_is_a_national_notice_or_local_days(string kindLine, CalendarYearKind kind)
    {
        CalendarFileReader.Read(Path, "year: 2025\n" + kindLine + Source).Kind.Should().Be(kind);
    }

    [Fact]
    public void An_unknown_kind_is_rejected_where_it_is_written()
    {
        var act = () => CalendarFileReader.Read(Path, "year: 2025\nkind: provincial\n" + Source);

        act.Should().Throw<CalendarLoadException>().Which.Errors
            .Should().Equal($"{Path}:2:7: kind 'provincial' is not national (a State Council notice) or local (days a province or city adds).");
    }

    [Theory]
    [InlineData("workdays: []", "4:5", "a holiday has no 'off' field.")]
    [InlineData("off: { from: 2025-01-28 }, workdays: []", "4:46", "'off' has no 'to' field.")]
    [InlineData("off: { to: 2025-02-04 }, workdays: []", "4:46", "'off' has no 'from' field.")]
    public void Days_off_without_both_ends_are_rejected_at_the_holiday(string fields, string where, string reason)
    {
        var act = () => CalendarFileReader.Read(Path, File($"{{ zh-Hans: 春节, en: Spring Festival, {fields} }}"));

        act.Should().Throw<CalendarLoadException>().Which.Errors.Should().Equal($"{Path}:{where}: {reason}");
    }

    [Theory]
    [InlineData("2025-02-04", "2025-01-28")]
    [InlineData("2025-01-02", "2025-01-01")]
    [InlineData("2025-01-01", "2025-02-02")]
    [InlineData("2025-01-01", "2025-12-31")]
    public void Days_off_that_run_backwards_or_longer_than_a_month_are_rejected(string from, string to)
    {
        var act = () => CalendarFileReader.Read(Path, File(Holiday(from, to, "[]")));

        act.Should().Throw<CalendarLoadException>().Which.Errors
            .Should().Equal($"{Path}:4:46: 春节: days off {from} to {to} are not a range of at most a month.");
    }

    [Theory]
    [InlineData("2025-01-01", "2025-01-01")]
    [InlineData("2025-01-01", "2025-02-01")]
    public void Days_off_of_one_day_up_to_a_month_are_read(string from, string to)
    {
        var read = CalendarFileReader.Read(Path, File(Holiday(from, to, "[]")));

        var off = read.Holidays.Should().ContainSingle().Which.Off;
        off.Start.Should().Be(Date(from));
        off.End.Should().Be(Date(to));
    }

    [Fact]
    public void A_make_up_day_inside_the_days_off_is_rejected_where_the_day_is_named_twice()
    {
        var act = () => CalendarFileReader.Read(Path, File(Holiday("2025-01-28", "2025-02-04", "[2025-01-26, 2025-02-01]")));

        act.Should().Throw<CalendarLoadException>().Which.Errors
            .Should().Equal($"{Path}:4:107: 春节: 2025-02-01 is already named by 春节; a file names each day once.");
    }

    [Fact]
    public void Each_make_up_day_on_a_weekday_is_rejected_where_it_is_written()
    {
        var act = () => CalendarFileReader.Read(Path, File(Holiday("2025-01-28", "2025-02-04", "[2025-01-27, 2025-01-26, 2025-02-07]")));

        act.Should().Throw<CalendarLoadException>().Which.Errors.Should().Equal(
            $"{Path}:4:95: 春节: adjusted working day 2025-01-27 is a Monday, not a Saturday or Sunday.",
            $"{Path}:4:119: 春节: adjusted working day 2025-02-07 is a Friday, not a Saturday or Sunday.");
    }

    [Fact]
    public void A_valid_holiday_is_read_with_its_make_up_days_in_date_order()
    {
        var read = CalendarFileReader.Read(Path, File(Holiday("2025-01-28", "2025-02-04", "[2025-02-08, 2025-01-26]")), CalendarYearKind.National);

        read.Should().Be(new CalendarYear(
            2025,
            new BilingualText("来源", "Source"),
            [new Holiday(new BilingualText("春节", "Spring Festival"), new DateInterval(Date("2025-01-28"), Date("2025-02-04")), [Date("2025-01-26"), Date("2025-02-08")])]));
        read.Holidays[0].Workdays.Should().Equal(Date("2025-01-26"), Date("2025-02-08"));
    }

    [Theory]
    [InlineData("2024-11-30", "2025-01-01")]
    [InlineData("2025-12-31", "2026-01-01")]
    [InlineData("2027-01-01", "2027-01-01")]
    public void A_date_outside_the_files_year_and_the_December_before_it_is_rejected(string from, string to)
    {
        var act = () => CalendarFileReader.Read(Path, File(Holiday(from, to, "[]")));

        var outside = Date(from).Year != 2025 && !(Date(from).Year == 2024 && Date(from).Month == 12) ? from : to;
        act.Should().Throw<CalendarLoadException>().Which.Reason
            .Should().Be($"{outside} is not in 2025, the year of the file (nor in the December before it, where a New Year's Day holiday may start).");
    }

    [Fact]
    public void A_New_Years_Day_holiday_that_starts_in_the_December_before_is_read()
    {
        var read = CalendarFileReader.Read(Path, File(
            "{ zh-Hans: 元旦, en: New Year's Day, off: { from: 2024-12-30, to: 2025-01-01 }, workdays: [2024-12-29] }"));

        read.Holidays.Single().Workdays.Should().Equal(new LocalDate(2024, 12, 29));
    }

    [Fact]
    public void A_day_two_holidays_both_name_is_rejected_as_a_slip()
    {
        var content = "year: 2025\n" + Source + "holidays:\n"
            + "  - { zh-Hans: 劳动节, en: Labour Day, off: { from: 2025-05-01, to: 2025-05-05 }, workdays: [2025-04-27] }\n"
            + "  - { zh-Hans: 端午节, en: Dragon Boat Festival, off: { from: 2025-05-05, to: 2025-05-06 }, workdays: [] }\n";

        var act = () => CalendarFileReader.Read(Path, content);

        act.Should().Throw<CalendarLoadException>().Which.Errors
            .Should().Equal($"{Path}:5:52: 端午节: 2025-05-05 is already named by 劳动节; a file names each day once.");
    }

    [Fact]
    public void A_make_up_day_listed_twice_is_rejected()
    {
        var act = () => CalendarFileReader.Read(Path, File(Holiday("2025-01-28", "2025-02-04", "[2025-01-26, 2025-01-26]")));

        act.Should().Throw<CalendarLoadException>().Which.Reason.Should().Be("春节: 2025-01-26 is already named by 春节; a file names each day once.");
    }

    [Fact]
    public void Every_error_of_a_file_is_reported()
    {
        var content = "year: 2025\n" + Source + "holidays:\n"
            + "  - { zh-Hans: 春节, en: Spring Festival, off: { from: 2025-1-28, to: 2025-02-04 } }\n"
            + "  - { zh-Hans: 清明节, en: Qingming, off: { from: 2025-04-04, to: 2025-04-06 }, workdays: [someday] }\n";

        var act = () => CalendarFileReader.Read(Path, content);

        act.Should().Throw<CalendarLoadException>().Which.Errors.Should().Equal(
            $"{Path}:4:54: '2025-1-28' is not a date; write yyyy-MM-dd.",
            $"{Path}:5:89: 'someday' is not a date; write yyyy-MM-dd.");
    }

    private static string File(string holiday) => "year: 2025\n" + Source + "holidays:\n  - " + holiday + "\n";

    private static string Holiday(string from, string to, string workdays) =>
        $"{{ zh-Hans: 春节, en: Spring Festival, off: {{ from: {from}, to: {to} }}, workdays: {workdays} }}";

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}

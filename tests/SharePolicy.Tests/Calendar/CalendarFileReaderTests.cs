using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Model;

namespace SharePolicy.Tests.Calendar;

public partial class CalendarFileReaderTests
{
    private const string Path = "calendar/2025.yaml";

    private const string Source = "source: { zh-Hans: 来源, en: Source }\n";

    [Theory]
    [InlineData("year: 1948\n", "1948")]
    [InlineData("year: 10000\n", "10000")]
    [InlineData("year: -2025\n", "-2025")]
    [InlineData("# no year\n", "")]
    public void A_year_outside_1949_to_9999_is_rejected_naming_the_value(string yearLine, string shown)
    {
        var act = () => CalendarFileReader.Read(Path, yearLine + Source);

        var exception = act.Should().Throw<CalendarLoadException>().Which;
        exception.Location.Should().Be(Path);
        exception.Reason.Should().Be($"'year' must be a year, not '{shown}'");
        exception.Message.Should().Be($"{Path}: 'year' must be a year, not '{shown}'");
        exception.InnerException.Should().BeNull();
    }

    [Theory]
    [InlineData(1949)]
    [InlineData(9999)]
    public void The_first_and_last_years_allowed_are_read(int year)
    {
        var read = CalendarFileReader.Read(Path, $"year: {year}\n" + Source);

        read.Should().Be(new CalendarYear(year, new BilingualText("来源", "Source"), []));
    }

    [Theory]
    [InlineData("workdays: []")]
    [InlineData("off: { from: 2025-01-28 }, workdays: []")]
    [InlineData("off: { to: 2025-02-04 }, workdays: []")]
    public void Days_off_without_both_ends_are_rejected_at_the_holiday(string fields)
    {
        var act = () => CalendarFileReader.Read(Path, File($"{{ zh-Hans: 春节, en: Spring Festival, {fields} }}"));

        var exception = act.Should().Throw<CalendarLoadException>().Which;
        exception.Location.Should().Be($"{Path}: 春节");
        exception.Reason.Should().Be("'off' must give 'from' and 'to' dates");
        exception.Message.Should().Be($"{Path}: 春节: 'off' must give 'from' and 'to' dates");
    }

    [Theory]
    [InlineData("2025-02-04", "2025-01-28")]
    [InlineData("2025-01-02", "2025-01-01")]
    [InlineData("2025-01-01", "2025-02-02")]
    [InlineData("2025-01-01", "2025-12-31")]
    public void Days_off_that_run_backwards_or_longer_than_a_month_are_rejected(string from, string to)
    {
        var act = () => CalendarFileReader.Read(Path, File(Holiday(from, to, "[]")));

        var exception = act.Should().Throw<CalendarLoadException>().Which;
        exception.Location.Should().Be($"{Path}: 春节");
        exception.Reason.Should().Be($"days off {from} to {to} are not a range of at most a month");
        exception.Message.Should().Be($"{Path}: 春节: days off {from} to {to} are not a range of at most a month");
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
    public void A_make_up_day_inside_the_days_off_is_rejected_with_the_holidays_message()
    {
        var act = () => CalendarFileReader.Read(Path, File(Holiday("2025-01-28", "2025-02-04", "[2025-01-26, 2025-02-01]")));

        var exception = act.Should().Throw<CalendarLoadException>().Which;
        exception.Location.Should().Be(Path);
        exception.Reason.Should().Be(
            "春节: adjusted working day 2025-02-01 falls inside the days off [2025-01-28, 2025-02-04]. (Parameter 'workdays')");
        exception.Message.Should().Be(
            $"{Path}: 春节: adjusted working day 2025-02-01 falls inside the days off [2025-01-28, 2025-02-04]. (Parameter 'workdays')");
        exception.InnerException.Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("workdays");
    }

    [Fact]
    public void A_make_up_day_on_a_weekday_is_rejected_with_the_holidays_message()
    {
        var act = () => CalendarFileReader.Read(Path, File(Holiday("2025-01-28", "2025-02-04", "[2025-01-27]")));

        var exception = act.Should().Throw<CalendarLoadException>().Which;
        exception.Location.Should().Be(Path);
        exception.Reason.Should().Be("春节: adjusted working day 2025-01-27 is a Monday, not a Saturday or Sunday. (Parameter 'workdays')");
        exception.InnerException.Should().BeOfType<ArgumentException>().Which.ParamName.Should().Be("workdays");
    }

    [Fact]
    public void A_valid_holiday_is_read_with_its_make_up_days_in_date_order()
    {
        var read = CalendarFileReader.Read(Path, File(Holiday("2025-01-28", "2025-02-04", "[2025-02-08, 2025-01-26]")));

        read.Should().Be(new CalendarYear(
            2025,
            new BilingualText("来源", "Source"),
            [new Holiday(new BilingualText("春节", "Spring Festival"), new DateInterval(Date("2025-01-28"), Date("2025-02-04")), [Date("2025-01-26"), Date("2025-02-08")])]));
        read.Holidays[0].Workdays.Should().Equal(Date("2025-01-26"), Date("2025-02-08"));
    }

    private static string File(string holiday) => "year: 2025\n" + Source + "holidays:\n  - " + holiday + "\n";

    private static string Holiday(string from, string to, string workdays) =>
        $"{{ zh-Hans: 春节, en: Spring Festival, off: {{ from: {from}, to: {to} }}, workdays: {workdays} }}";

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}

using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Model;

namespace SharePolicy.Tests.Calendar;

public class CalendarValueTests
{
    private static readonly BilingualText SpringFestival = new("春节", "Spring Festival");

    private static readonly DateInterval SpringFestivalOff = new(new LocalDate(2025, 1, 28), new LocalDate(2025, 2, 4));

    [Fact]
    public void A_date_outside_the_calendar_names_the_first_and_last_days_covered()
    {
        var act = () => WorkingDayCalendar.China.IsWorkingDay(new LocalDate(2027, 1, 1));

        var exception = act.Should().Throw<CalendarRangeException>().Which;
        exception.Date.Should().Be(new LocalDate(2027, 1, 1));
        exception.MissingYear.Should().Be(2027);
        exception.First.Should().Be(new LocalDate(2016, 1, 1));
        exception.Last.Should().Be(new LocalDate(2026, 12, 31));
        exception.ParamName.Should().Be("date");
        exception.Message.Should().Be(
            "2027-01-01 is outside the working-day calendar, which covers 2016-01-01 to 2026-12-31. To decide it, load the State Council's holiday notice for 2027: `sharepolicy calendar import NOTICE.txt --out DIR` writes its calendar file, which SharePolicy:CalendarDirectory (or --calendar DIR) then loads; or opt in to provisional years (SharePolicy:Calendar:ProvisionalYears, --provisional) to count 2027 from the statutory holidays alone, every deadline then marked provisional.");
    }

    [Fact]
    public void A_date_before_the_calendar_names_its_year()
    {
        var act = () => WorkingDayCalendar.China.IsWorkingDay(new LocalDate(2015, 12, 31));

        act.Should().Throw<CalendarRangeException>().Which.Message.Should().Be(
            "2015-12-31 is outside the working-day calendar, which covers 2016-01-01 to 2026-12-31: it has no notice for 2015.");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9999)]
    public void A_date_at_the_ends_of_time_is_outside_the_calendar_not_a_crash(int year)
    {
        var date = new LocalDate(year, 1, 1);
        var calendar = WorkingDayCalendar.China;

        foreach (var act in new Action[] { () => calendar.IsWorkingDay(date), () => calendar.AddWorkingDays(date, 1), () => calendar.NextWorkingDay(date), () => calendar.HolidayOn(date), () => calendar.WorkingDaysBetween(date, date) })
        {
            act.Should().Throw<CalendarRangeException>().Which.Date.Should().Be(date);
        }
    }

    [Fact]
    public void A_deadline_beyond_a_one_year_calendar_names_that_years_first_and_last_days()
    {
        var calendar = WorkingDayCalendar.Create([new CalendarYear(2025, new BilingualText("通知", "Notice"), [])]);

        var act = () => calendar.AddWorkingDays(new LocalDate(2025, 12, 30), 3);

        var exception = act.Should().Throw<CalendarRangeException>().Which;
        exception.Date.Should().Be(new LocalDate(2026, 1, 1), "the first date the calendar cannot classify");
        exception.First.Should().Be(new LocalDate(2025, 1, 1));
        exception.Last.Should().Be(new LocalDate(2025, 12, 31));
        exception.ParamName.Should().Be("days");
    }

    [Theory]
    [InlineData(2025, 2, 1)]  // a Saturday in the middle of the days off
    [InlineData(2025, 2, 2)]  // a Sunday in the middle of the days off
    public void A_holiday_rejects_a_make_up_day_inside_its_days_off(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);

        var act = () => new Holiday(SpringFestival, SpringFestivalOff, [date]);

        act.Should().Throw<ArgumentException>()
            .WithMessage($"春节: adjusted working day {date:uuuu-MM-dd} falls inside the days off [2025-01-28, 2025-02-04]. (Parameter 'workdays')")
            .Which.ParamName.Should().Be("workdays");
    }

    [Fact]
    public void A_holiday_rejects_a_make_up_day_on_the_first_or_last_day_off()
    {
        var weekendOff = new DateInterval(new LocalDate(2025, 2, 1), new LocalDate(2025, 2, 2));

        var first = () => new Holiday(SpringFestival, weekendOff, [new LocalDate(2025, 2, 1)]);
        var last = () => new Holiday(SpringFestival, weekendOff, [new LocalDate(2025, 2, 2)]);

        first.Should().Throw<ArgumentException>().WithMessage("春节: adjusted working day 2025-02-01 falls inside the days off*");
        last.Should().Throw<ArgumentException>().WithMessage("春节: adjusted working day 2025-02-02 falls inside the days off*");
    }

    [Fact]
    public void A_holiday_accepts_make_up_days_just_outside_its_days_off()
    {
        var off = new DateInterval(new LocalDate(2025, 2, 3), new LocalDate(2025, 2, 7));

        var holiday = new Holiday(SpringFestival, off, [new LocalDate(2025, 2, 8), new LocalDate(2025, 2, 2)]);

        holiday.Workdays.Should().Equal(new LocalDate(2025, 2, 2), new LocalDate(2025, 2, 8));
    }

    [Fact]
    public void Holidays_with_equal_names_days_off_and_make_up_days_are_equal()
    {
        var left = new Holiday(new BilingualText("春节", "Spring Festival"), SpringFestivalOff, [new LocalDate(2025, 1, 26), new LocalDate(2025, 2, 8)]);
        var right = new Holiday(
            new BilingualText("春节", "Spring Festival"),
            new DateInterval(new LocalDate(2025, 1, 28), new LocalDate(2025, 2, 4)),
            new List<LocalDate> { new(2025, 2, 8), new(2025, 1, 26) });

        left.Equals(right).Should().BeTrue();
        (left == right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
        left.Equals((object)right).Should().BeTrue();
    }

    [Fact]
    public void Holidays_differing_in_any_field_are_not_equal()
    {
        var holiday = new Holiday(SpringFestival, SpringFestivalOff, [new LocalDate(2025, 1, 26)]);

        holiday.Equals(new Holiday(new BilingualText("春节", "Chinese New Year"), SpringFestivalOff, [new LocalDate(2025, 1, 26)])).Should().BeFalse();
        holiday.Equals(new Holiday(SpringFestival, new DateInterval(new LocalDate(2025, 1, 28), new LocalDate(2025, 2, 5)), [new LocalDate(2025, 1, 26)])).Should().BeFalse();
        holiday.Equals(new Holiday(SpringFestival, SpringFestivalOff, [new LocalDate(2025, 2, 8)])).Should().BeFalse();
        holiday.Equals(new Holiday(SpringFestival, SpringFestivalOff, [new LocalDate(2025, 1, 26), new LocalDate(2025, 2, 8)])).Should().BeFalse();
        holiday.Equals(new Holiday(SpringFestival, SpringFestivalOff, [])).Should().BeFalse();
        holiday.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Calendar_years_with_equal_year_source_and_holidays_are_equal()
    {
        var left = new CalendarYear(2025, new BilingualText("通知", "Notice"), [Festival([new LocalDate(2025, 1, 26)])]);
        var right = new CalendarYear(2025, new BilingualText("通知", "Notice"), new List<Holiday> { Festival([new LocalDate(2025, 1, 26)]) });

        left.Equals(right).Should().BeTrue();
        (left == right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Calendar_years_differing_in_any_field_are_not_equal()
    {
        var year = new CalendarYear(2025, new BilingualText("通知", "Notice"), [Festival([new LocalDate(2025, 1, 26)])]);

        year.Equals(year with { Year = 2026 }).Should().BeFalse();
        year.Equals(year with { Source = new BilingualText("通知", "Another notice") }).Should().BeFalse();
        year.Equals(year with { Holidays = [Festival([new LocalDate(2025, 2, 8)])] }).Should().BeFalse();
        year.Equals(year with { Holidays = [] }).Should().BeFalse();
        year.Equals(year with { Holidays = [Festival([new LocalDate(2025, 1, 26)]), Festival([])] }).Should().BeFalse();
        year.Equals(null).Should().BeFalse();
    }

    private static Holiday Festival(LocalDate[] workdays) => new(SpringFestival, SpringFestivalOff, workdays);
}

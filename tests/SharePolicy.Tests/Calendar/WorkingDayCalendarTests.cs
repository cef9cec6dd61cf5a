using NodaTime;
using NodaTime.Text;
using SharePolicy.Calendar;
using SharePolicy.Model;

namespace SharePolicy.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.China;

    [Fact]
    public void The_national_calendar_covers_2016_through_2026()
    {
        China.First.Should().Be(new LocalDate(2016, 1, 1));
        China.Last.Should().Be(new LocalDate(2026, 12, 31));
        China.Years.Select(year => year.Year).Should().Equal(Enumerable.Range(2016, 11));
    }

    [Theory]
    [InlineData("2025-09-28", 10, "2025-10-17")] // received on a make-up Sunday: National Day skipped, Saturday 11 October counted
    [InlineData("2025-10-03", 10, "2025-10-21")] // received on a holiday
    [InlineData("2025-01-25", 10, "2025-02-13")] // Spring Festival with make-up Sunday 26 January and Saturday 8 February
    [InlineData("2024-12-27", 10, "2025-01-13")] // across the year boundary and New Year's Day
    [InlineData("2024-02-01", 15, "2024-02-27")] // both make-up Sundays of the 2024 Spring Festival count
    [InlineData("2020-01-23", 1, "2020-02-03")]  // the 2020 Spring Festival, extended to 2 February
    [InlineData("2019-04-27", 1, "2019-04-28")]  // a make-up Sunday is the next working day
    [InlineData("2026-09-18", 1, "2026-09-20")]  // Sunday 20 September 2026 is a make-up working day
    [InlineData("2026-12-30", 1, "2026-12-31")]
    [InlineData("2025-06-06", 0, "2025-06-06")]
    public void AddWorkingDays_counts_from_the_day_after(string start, int days, string expected)
    {
        China.AddWorkingDays(Date(start), days).Should().Be(Date(expected));
    }

    [Theory]
    [InlineData("2025-01-26", true)]  // Sunday, make-up working day
    [InlineData("2025-02-08", true)]  // Saturday, make-up working day
    [InlineData("2025-01-28", false)] // Tuesday, Spring Festival eve
    [InlineData("2025-02-04", false)] // Tuesday, last day of the Spring Festival
    [InlineData("2025-02-05", true)]
    [InlineData("2025-10-08", false)] // Wednesday, National Day and Mid-Autumn
    [InlineData("2025-10-11", true)]  // Saturday, make-up working day
    [InlineData("2025-10-12", false)] // an ordinary Sunday
    [InlineData("2016-01-01", false)]
    [InlineData("2026-12-31", true)]
    public void IsWorkingDay_follows_the_notices(string date, bool working)
    {
        China.IsWorkingDay(Date(date)).Should().Be(working);
    }

    [Fact]
    public void HolidayOn_names_the_arrangement_behind_a_day()
    {
        China.HolidayOn(Date("2025-01-26"))!.Name.Should().Be(new BilingualText("春节", "Spring Festival"));
        China.HolidayOn(Date("2025-10-05"))!.Name.En.Should().Be("National Day and Mid-Autumn Festival");
        China.HolidayOn(Date("2025-03-03")).Should().BeNull();
    }

    [Fact]
    public void NextWorkingDay_skips_a_whole_holiday_week()
    {
        China.NextWorkingDay(Date("2025-09-30")).Should().Be(Date("2025-10-09"));
    }

    [Fact]
    public void Every_answer_of_AddWorkingDays_is_a_working_day_and_counts_back_to_its_n()
    {
        var failures = new List<string>();
        for (var date = China.First; date <= China.Last.PlusDays(-60); date = date.PlusDays(1))
        {
            foreach (var n in (int[])[1, 2, 5, 10, 15, 30])
            {
                var due = China.AddWorkingDays(date, n);
                if (!China.IsWorkingDay(due) || China.WorkingDaysBetween(date, due) != n || due <= date
                    || China.WorkingDaysBetween(date, due.PlusDays(-1)) != n - 1)
                {
                    failures.Add($"{date} + {n} = {due}");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void WorkingDaysBetween_is_antisymmetric_and_counts_a_year()
    {
        var start = Date("2024-12-31");
        var end = Date("2025-12-31");

        // 261 weekdays, less 18 weekdays off (1 New Year, 6 Spring Festival, 1 Qingming, 3 Labour Day,
        // 1 Dragon Boat, 6 National Day), plus 5 make-up weekend days.
        China.WorkingDaysBetween(start, end).Should().Be(248);
        China.WorkingDaysBetween(end, start).Should().Be(-248);
        China.WorkingDaysBetween(start, start).Should().Be(0);
    }

    [Fact]
    public void A_date_outside_the_calendar_throws_naming_the_date_and_the_range()
    {
        var act = () => China.IsWorkingDay(Date("2027-01-04"));

        act.Should().Throw<CalendarRangeException>()
            .WithMessage("2027-01-04 is outside the working-day calendar, which covers 2016-01-01 to 2026-12-31*")
            .Which.Date.Should().Be(Date("2027-01-04"));
        ((Action)(() => China.IsWorkingDay(Date("2015-12-31")))).Should().Throw<CalendarRangeException>();
    }

    [Fact]
    public void A_deadline_beyond_the_calendar_throws_rather_than_guessing_from_weekends()
    {
        var act = () => China.AddWorkingDays(Date("2026-12-24"), 10);

        act.Should().Throw<CalendarRangeException>();
    }

    [Fact]
    public void Negative_working_days_are_rejected()
    {
        var act = () => China.AddWorkingDays(Date("2025-06-06"), -1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
    }

    [Fact]
    public void A_date_of_another_calendar_system_is_rejected()
    {
        var act = () => China.IsWorkingDay(new LocalDate(2025, 6, 6, CalendarSystem.Julian));

        act.Should().Throw<ArgumentException>().WithMessage("*not in the ISO calendar*");
    }

    [Fact]
    public void Create_rejects_a_gap_between_years()
    {
        var act = () => WorkingDayCalendar.Create([Year(2024), Year(2026)]);

        act.Should().Throw<CalendarLoadException>().WithMessage("*2025 is missing*");
    }

    [Fact]
    public void Create_rejects_no_years()
    {
        var act = () => WorkingDayCalendar.Create([]);

        act.Should().Throw<CalendarLoadException>().WithMessage("*no year*");
    }

    [Fact]
    public void Create_rejects_a_day_that_is_both_off_and_a_working_day()
    {
        var national = Year(2025, new Holiday(new BilingualText("春节", "Spring Festival"), new DateInterval(Date("2025-01-28"), Date("2025-02-04")), [Date("2025-01-26")]));
        var local = Year(2025, new Holiday(new BilingualText("地方节日", "Local day"), new DateInterval(Date("2025-01-26"), Date("2025-01-26")), [])) with
        {
            Kind = CalendarYearKind.Local,
        };

        var act = () => WorkingDayCalendar.Create([national, local]);

        act.Should().Throw<CalendarLoadException>().WithMessage("*2025-01-26 is a day off for 地方节日 and a working day for 春节*");
    }

    [Fact]
    public void A_holiday_rejects_a_make_up_day_on_a_weekday()
    {
        var act = () => new Holiday(new BilingualText("春节", "Spring Festival"), new DateInterval(Date("2025-01-28"), Date("2025-02-04")), [Date("2025-01-27")]);

        act.Should().Throw<ArgumentException>().WithMessage("*2025-01-27 is a Monday, not a Saturday or Sunday*");
    }

    [Fact]
    public async Task A_province_adds_its_local_holidays_to_the_national_calendar()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            // An example of a regional holiday file, in the same format as the national ones.
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "2025-local.yaml"), """
                year: 2025
                source: { zh-Hans: 示例地方节假日安排, en: Example of a regional holiday arrangement }
                holidays:
                  - zh-Hans: 地方民族节日
                    en: Regional festival
                    off: { from: 2025-03-31, to: 2025-04-01 }
                    workdays: []
                """);

            var calendar = await WorkingDayCalendar.LoadAsync(directory.FullName, withNationalCalendar: true);

            calendar.IsWorkingDay(Date("2025-03-31")).Should().BeFalse();
            China.IsWorkingDay(Date("2025-03-31")).Should().BeTrue("the national calendar is not changed");
            calendar.IsWorkingDay(Date("2025-01-26")).Should().BeTrue("the national make-up days still count");
            calendar.AddWorkingDays(Date("2025-03-28"), 1).Should().Be(Date("2025-04-02"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_malformed_calendar_file_is_reported_with_file_and_line()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(directory.FullName, "2025.yaml");
            await File.WriteAllTextAsync(path, "year: 2025\nsource: { zh-Hans: 来源, en: Source }\nholidays:\n  - zh-Hans: 春节\n    en: Spring Festival\n    of: { from: 2025-01-28, to: 2025-02-04 }\n");

            var act = () => WorkingDayCalendar.LoadAsync(directory.FullName, withNationalCalendar: false);

            var exception = (await act.Should().ThrowAsync<CalendarLoadException>()).Which;
            exception.Location.Should().Be($"{path}:6:5");
            exception.Errors.Should().Equal(
                $"{path}:6:5: unknown field 'of' in a holiday; expected one of: zh-Hans, en, off, workdays.",
                $"{path}:4:5: a holiday has no 'off' field.");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task LoadAsync_rejects_a_missing_directory()
    {
        var act = () => WorkingDayCalendar.LoadAsync("/no/such/calendar", withNationalCalendar: true);

        await act.Should().ThrowAsync<DirectoryNotFoundException>().WithMessage("*'/no/such/calendar'*");
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static CalendarYear Year(int year, params Holiday[] holidays) =>
        new(year, new BilingualText("通知", "Notice"), holidays);
}

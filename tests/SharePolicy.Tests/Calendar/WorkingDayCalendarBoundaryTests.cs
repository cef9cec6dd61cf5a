using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Model;

namespace SharePolicy.Tests.Calendar;

/// <summary>
/// The edges of <see cref="WorkingDayCalendar"/>: its first and last days, days of a neighbouring year, zero working
/// days, exact messages, and how a directory of calendar files is combined. Each test builds its own calendar, so
/// that what the constructor computes is checked, not only the shared national one.
/// </summary>
public sealed class WorkingDayCalendarBoundaryTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("sharepolicy-calendar-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void A_calendar_of_one_year_covers_its_last_day_and_nothing_after()
    {
        var calendar = WorkingDayCalendar.Create([Year(2025)]);

        calendar.IsWorkingDay(new LocalDate(2025, 12, 31)).Should().BeTrue();
        calendar.AddWorkingDays(new LocalDate(2025, 12, 30), 1).Should().Be(new LocalDate(2025, 12, 31));
        ((Action)(() => calendar.IsWorkingDay(new LocalDate(2026, 1, 1)))).Should().Throw<CalendarRangeException>();
        ((Action)(() => calendar.AddWorkingDays(new LocalDate(2025, 12, 31), 1))).Should().Throw<CalendarRangeException>();
    }

    [Fact]
    public void The_day_after_the_last_is_outside_the_national_calendar()
    {
        ((Action)(() => WorkingDayCalendar.China.IsWorkingDay(new LocalDate(2027, 1, 1)))).Should().Throw<CalendarRangeException>()
            .Which.Date.Should().Be(new LocalDate(2027, 1, 1));
        ((Action)(() => WorkingDayCalendar.China.AddWorkingDays(new LocalDate(2026, 12, 31), 1))).Should().Throw<CalendarRangeException>();
        ((Action)(() => WorkingDayCalendar.China.HolidayOn(new LocalDate(2027, 1, 1)))).Should().Throw<CalendarRangeException>();
    }

    [Fact]
    public void Zero_working_days_after_a_day_off_is_that_day()
    {
        WorkingDayCalendar.China.AddWorkingDays(new LocalDate(2025, 6, 8), 0).Should().Be(new LocalDate(2025, 6, 8));
        WorkingDayCalendar.China.AddWorkingDays(new LocalDate(2016, 1, 1), 0).Should().Be(new LocalDate(2016, 1, 1));
    }

    [Fact]
    public void Days_of_a_neighbouring_year_are_skipped_and_the_years_edges_are_kept()
    {
        // New Year's Day 2019: the notice makes Saturday 2018-12-29 a working day, outside a 2019-only calendar.
        var newYear = new Holiday(Text("元旦"), new DateInterval(new LocalDate(2018, 12, 30), new LocalDate(2019, 1, 1)), [new LocalDate(2018, 12, 29)]);
        var yearEnd = new Holiday(Text("年末"), new DateInterval(new LocalDate(2019, 12, 31), new LocalDate(2020, 1, 1)), []);

        var calendar = WorkingDayCalendar.Create([Year(2019, newYear, yearEnd)]);

        calendar.IsWorkingDay(new LocalDate(2019, 1, 1)).Should().BeFalse();
        calendar.IsWorkingDay(new LocalDate(2019, 1, 2)).Should().BeTrue();
        calendar.IsWorkingDay(new LocalDate(2019, 12, 31)).Should().BeFalse();
        calendar.HolidayOn(new LocalDate(2019, 12, 31)).Should().BeSameAs(yearEnd);
    }

    [Fact]
    public void Create_names_the_day_both_ways_whichever_arrangement_comes_first()
    {
        var national = Year(2025, new Holiday(Text("春节"), new DateInterval(new LocalDate(2025, 1, 28), new LocalDate(2025, 2, 4)), [new LocalDate(2025, 1, 26)]));
        var local = Year(2025, new Holiday(Text("地方节日"), new DateInterval(new LocalDate(2025, 1, 26), new LocalDate(2025, 1, 26)), [])) with
        {
            Kind = CalendarYearKind.Local,
        };

        var act = () => WorkingDayCalendar.Create([local, national]);

        act.Should().Throw<CalendarLoadException>().Which.Message.Should().Be("2025: 2025-01-26 is a day off for 地方节日 and a working day for 春节");
    }

    [Fact]
    public void Create_explains_exactly_what_is_wrong_with_the_years()
    {
        ((Action)(() => WorkingDayCalendar.Create([]))).Should().Throw<CalendarLoadException>().Which.Message.Should().Be("calendar: no year is given");
        ((Action)(() => WorkingDayCalendar.Create([Year(2024), Year(2026)]))).Should().Throw<CalendarLoadException>()
            .Which.Message.Should().Be("calendar: years 2024 to 2026 are given but 2025 is missing");
        ((Action)(() => WorkingDayCalendar.Create(null!))).Should().Throw<ArgumentNullException>().WithParameterName("years");
    }

    [Fact]
    public async Task LoadAsync_without_the_national_calendar_uses_only_the_directorys_files()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory.FullName, "2025.yaml"), "year: 2025\nkind: national\nsource: { zh-Hans: 自编通知, en: Own notice }\n");
        await File.WriteAllTextAsync(Path.Combine(_directory.FullName, "a.yaml"), LocalDay("甲节"));
        await File.WriteAllTextAsync(Path.Combine(_directory.FullName, "notes.txt"), "not a calendar file");

        var calendar = await WorkingDayCalendar.LoadAsync(_directory.FullName, withNationalCalendar: false);

        calendar.First.Should().Be(new LocalDate(2025, 1, 1));
        calendar.Last.Should().Be(new LocalDate(2025, 12, 31));
        calendar.Years.Should().HaveCount(2);
        calendar.IsWorkingDay(new LocalDate(2025, 1, 26)).Should().BeFalse("without the State Council's notice, 26 January 2025 is an ordinary Sunday");
        calendar.HolidayOn(new LocalDate(2025, 3, 31))!.Name.ZhHans.Should().Be("甲节");
    }

    [Fact]
    public async Task LoadAsync_without_the_national_calendar_refuses_local_days_alone()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory.FullName, "a.yaml"), LocalDay("甲节"));

        var act = () => WorkingDayCalendar.LoadAsync(_directory.FullName, withNationalCalendar: false);

        (await act.Should().ThrowAsync<CalendarLoadException>()).Which.Message
            .Should().Be("calendar: no national year is given; local days only add to a national year");
    }

    [Fact]
    public async Task LoadAsync_rejects_a_blank_or_missing_directory_by_name()
    {
        var blank = () => WorkingDayCalendar.LoadAsync(" ", withNationalCalendar: true);
        var missing = () => WorkingDayCalendar.LoadAsync("/no/such/calendar", withNationalCalendar: true);

        await blank.Should().ThrowAsync<ArgumentException>().WithParameterName("directory");
        (await missing.Should().ThrowAsync<DirectoryNotFoundException>()).Which.Message.Should().Be("The calendar directory '/no/such/calendar' does not exist.");
    }

    private static string LocalDay(string name) => $$"""
        year: 2025
        source: { zh-Hans: 地方通知, en: Local notice }
        holidays:
          - { zh-Hans: {{name}}, en: Local day, off: { from: 2025-03-31, to: 2025-03-31 }, workdays: [] }
        """;

    private static BilingualText Text(string zhHans) => new(zhHans, "Holiday");

    private static CalendarYear Year(int year, params Holiday[] holidays) => new(year, new BilingualText("通知", "Notice"), holidays);
}

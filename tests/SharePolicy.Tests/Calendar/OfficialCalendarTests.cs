using NodaTime;
using NodaTime.Text;
using SharePolicy.Calendar;

namespace SharePolicy.Tests.Calendar;

/// <summary>
/// Checks <see cref="WorkingDayCalendar.China"/> day by day against data taken independently of the calendar's own
/// YAML files: the public repository NateScarlet/holiday-cn (which transcribes the State Council's yearly notices)
/// and, for 2026, the text of the notice itself. Per year, in the comments of the two lists:
/// 2016.json (commit eefff06), 2017.json (679f766), 2018.json (004dc40), 2019.json (96872fb), 2020.json (78b4552),
/// 2021.json (ae1b22d), scripts/2022.json (747966e); for 2023 to 2025 the stored JSON files are empty or missing,
/// so the same repository's 2023.ics, 2024.ics and 2025.ics (0c2759c) are used, agreeing with
/// lanceliao/china-holiday-calender holidayAPI.json (fc1a38d), which quotes each notice. For 2026 holiday-cn has
/// no data yet, so the days are those of 国务院办公厅关于2026年部分节假日安排的通知 (4 November 2025, as published
/// by Xinhua). A day's year is what counts here, not the file that states it (2018.json and 2019.json both give
/// 2018-12-29 to 2018-12-31).
/// </summary>
public class OfficialCalendarTests
{
    private static readonly LocalDate FirstChecked = new(2016, 1, 1);
    private static readonly LocalDate LastChecked = new(2026, 12, 31);

    /// <summary>Every Monday to Friday that is a day off (statutory holiday or a day moved off by 调休).</summary>
    private static readonly string[] OffWeekdays =
    [
        // 2016: holiday-cn 2016.json
        "2016-01-01", "2016-02-08", "2016-02-09", "2016-02-10", "2016-02-11", "2016-02-12",
        "2016-04-04", "2016-05-02", "2016-06-09", "2016-06-10", "2016-09-15", "2016-09-16",
        "2016-10-03", "2016-10-04", "2016-10-05", "2016-10-06", "2016-10-07",
        // 2017: holiday-cn 2017.json
        "2017-01-02", "2017-01-27", "2017-01-30", "2017-01-31", "2017-02-01", "2017-02-02",
        "2017-04-03", "2017-04-04", "2017-05-01", "2017-05-29", "2017-05-30", "2017-10-02",
        "2017-10-03", "2017-10-04", "2017-10-05", "2017-10-06",
        // 2018: holiday-cn 2018.json (2018-12-31 also in 2019.json)
        "2018-01-01", "2018-02-15", "2018-02-16", "2018-02-19", "2018-02-20", "2018-02-21",
        "2018-04-05", "2018-04-06", "2018-04-30", "2018-05-01", "2018-06-18", "2018-09-24",
        "2018-10-01", "2018-10-02", "2018-10-03", "2018-10-04", "2018-10-05", "2018-12-31",
        // 2019: holiday-cn 2019.json (incl. the March 2019 May Day amendment)
        "2019-01-01", "2019-02-04", "2019-02-05", "2019-02-06", "2019-02-07", "2019-02-08",
        "2019-04-05", "2019-05-01", "2019-05-02", "2019-05-03", "2019-06-07", "2019-09-13",
        "2019-10-01", "2019-10-02", "2019-10-03", "2019-10-04", "2019-10-07",
        // 2020: holiday-cn 2020.json (incl. the 27 Jan 2020 Spring Festival extension)
        "2020-01-01", "2020-01-24", "2020-01-27", "2020-01-28", "2020-01-29", "2020-01-30",
        "2020-01-31", "2020-04-06", "2020-05-01", "2020-05-04", "2020-05-05", "2020-06-25",
        "2020-06-26", "2020-10-01", "2020-10-02", "2020-10-05", "2020-10-06", "2020-10-07",
        "2020-10-08",
        // 2021: holiday-cn 2021.json @ae1b22d
        "2021-01-01", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16", "2021-02-17",
        "2021-04-05", "2021-05-03", "2021-05-04", "2021-05-05", "2021-06-14", "2021-09-20",
        "2021-09-21", "2021-10-01", "2021-10-04", "2021-10-05", "2021-10-06", "2021-10-07",
        // 2022: holiday-cn scripts/2022.json
        "2022-01-03", "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04",
        "2022-04-04", "2022-04-05", "2022-05-02", "2022-05-03", "2022-05-04", "2022-06-03",
        "2022-09-12", "2022-10-03", "2022-10-04", "2022-10-05", "2022-10-06", "2022-10-07",
        // 2023: holiday-cn 2023.ics (2023.json stored empty)
        "2023-01-02", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26", "2023-01-27",
        "2023-04-05", "2023-05-01", "2023-05-02", "2023-05-03", "2023-06-22", "2023-06-23",
        "2023-09-29", "2023-10-02", "2023-10-03", "2023-10-04", "2023-10-05", "2023-10-06",
        // 2024: holiday-cn 2024.ics (2024.json stored empty)
        "2024-01-01", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15", "2024-02-16",
        "2024-04-04", "2024-04-05", "2024-05-01", "2024-05-02", "2024-05-03", "2024-06-10",
        "2024-09-16", "2024-09-17", "2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04",
        "2024-10-07",
        // 2025: holiday-cn 2025.ics (no 2025.json stored)
        "2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-03",
        "2025-02-04", "2025-04-04", "2025-05-01", "2025-05-02", "2025-05-05", "2025-06-02",
        "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08",
        // 2026: notice 国办 2025-11-04 (holiday-cn 2026.ics stored empty)
        "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
        "2026-02-20", "2026-02-23", "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05",
        "2026-06-19", "2026-09-25", "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06",
        "2026-10-07",
    ];

    /// <summary>Every Saturday or Sunday that is a working day (调休上班日).</summary>
    private static readonly string[] WorkingWeekendDays =
    [
        // 2016: holiday-cn 2016.json
        "2016-02-06", "2016-02-14", "2016-06-12", "2016-09-18", "2016-10-08", "2016-10-09",
        // 2017: holiday-cn 2017.json
        "2017-01-22", "2017-02-04", "2017-04-01", "2017-05-27", "2017-09-30",
        // 2018: holiday-cn 2018.json (2018-12-29 also in 2019.json)
        "2018-02-11", "2018-02-24", "2018-04-08", "2018-04-28", "2018-09-29", "2018-09-30",
        "2018-12-29",
        // 2019: holiday-cn 2019.json (incl. the March 2019 May Day amendment)
        "2019-02-02", "2019-02-03", "2019-04-28", "2019-05-05", "2019-09-29", "2019-10-12",
        // 2020: holiday-cn 2020.json (incl. the 27 Jan 2020 Spring Festival extension)
        "2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10",
        // 2021: holiday-cn 2021.json @ae1b22d
        "2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26",
        "2021-10-09",
        // 2022: holiday-cn scripts/2022.json
        "2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08",
        "2022-10-09",
        // 2023: holiday-cn 2023.ics (2023.json stored empty)
        "2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07",
        "2023-10-08",
        // 2024: holiday-cn 2024.ics (2024.json stored empty)
        "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
        "2024-09-29", "2024-10-12",
        // 2025: holiday-cn 2025.ics (no 2025.json stored)
        "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
        // 2026: notice 国办 2025-11-04 (holiday-cn 2026.ics stored empty)
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    ];

    private static readonly HashSet<LocalDate> OffWeekdaySet = [.. OffWeekdays.Select(Parse)];
    private static readonly HashSet<LocalDate> WorkingWeekendDaySet = [.. WorkingWeekendDays.Select(Parse)];

    [Fact]
    public void Every_date_from_2016_through_2026_is_classified_as_the_notices_say()
    {
        var calendar = WorkingDayCalendar.China;
        calendar.First.Should().BeLessThanOrEqualTo(FirstChecked);
        calendar.Last.Should().BeGreaterThanOrEqualTo(LastChecked);

        var mismatches = new List<string>();
        for (var date = FirstChecked; date <= LastChecked; date = date.PlusDays(1))
        {
            var expected = ExpectedWorking(date);
            var actual = calendar.IsWorkingDay(date);
            if (actual != expected)
            {
                mismatches.Add($"{Format(date)}: expected {Describe(expected)}, got {Describe(actual)}");
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void The_lists_contain_only_weekdays_and_weekend_days_respectively()
    {
        OffWeekdays.Select(Parse).Where(IsWeekend).Select(Format).Should().BeEmpty();
        WorkingWeekendDays.Select(Parse).Where(date => !IsWeekend(date)).Select(Format).Should().BeEmpty();
        OffWeekdays.Should().OnlyHaveUniqueItems();
        WorkingWeekendDays.Should().OnlyHaveUniqueItems();
        OffWeekdays.Concat(WorkingWeekendDays).Select(Parse)
            .Should().OnlyContain(date => date >= FirstChecked && date <= LastChecked);
    }

    [Theory]
    [InlineData("2025-01-26", true)]  // Sunday, worked for the 2025 Spring Festival
    [InlineData("2025-02-04", false)] // Tuesday, last day of the 2025 Spring Festival
    [InlineData("2025-02-05", true)]  // Wednesday, back to work
    [InlineData("2020-02-01", false)] // Saturday: the make-up day was cancelled by the 2020 Spring Festival extension
    [InlineData("2020-01-31", false)] // Friday, added by the 2020 Spring Festival extension
    [InlineData("2019-05-05", true)]  // Sunday, worked for the amended 2019 May Day holiday
    [InlineData("2018-12-29", true)]  // Saturday, worked for the 2019 New Year holiday
    [InlineData("2018-12-31", false)] // Monday, part of the 2019 New Year holiday
    [InlineData("2023-10-07", true)]  // Saturday, worked for the 2023 Mid-Autumn and National Day holiday
    [InlineData("2024-02-04", true)]  // Sunday, worked for the 2024 Spring Festival
    [InlineData("2024-02-18", true)]  // Sunday, worked for the 2024 Spring Festival
    [InlineData("2026-01-04", true)]  // Sunday, worked for the 2026 New Year holiday
    [InlineData("2026-02-23", false)] // Monday, last day of the 2026 Spring Festival
    [InlineData("2026-02-28", true)]  // Saturday, worked for the 2026 Spring Festival
    public void Hard_cases_are_classified_as_the_notices_say(string date, bool working)
    {
        WorkingDayCalendar.China.IsWorkingDay(Parse(date)).Should().Be(working, "{0} should be {1}", date, Describe(working));
    }

    private static bool ExpectedWorking(LocalDate date) =>
        (!IsWeekend(date) && !OffWeekdaySet.Contains(date)) || WorkingWeekendDaySet.Contains(date);

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Describe(bool working) => working ? "working" : "off";
}

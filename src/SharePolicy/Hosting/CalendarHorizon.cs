using NodaTime;
using SharePolicy.Calendar;

namespace SharePolicy.Hosting;

/// <summary>
/// Where the working-day calendar's confirmed days end, seen from a day: how many days are left, and what to do.
/// The health check and the warning at start both say it this way.
/// </summary>
/// <param name="LastConfirmed">The last day a State Council notice confirms.</param>
/// <param name="Today">The day seen from, in the engine's time zone.</param>
/// <param name="ProvisionalYears">The years projected after it, if the host opted in.</param>
public sealed record CalendarHorizon(LocalDate LastConfirmed, LocalDate Today, IReadOnlyList<int> ProvisionalYears)
{
    /// <summary>Days from today to the last confirmed day, counted as calendar days; negative once it has passed.</summary>
    public int DaysLeft => Period.DaysBetween(Today, LastConfirmed);

    /// <summary>The year whose notice is needed next.</summary>
    public int NextYear => LastConfirmed.Year + 1;

    /// <summary>The horizon of <paramref name="calendar"/> on the day <paramref name="now"/> falls on in <paramref name="zone"/>.</summary>
    public static CalendarHorizon Of(WorkingDayCalendar calendar, Instant now, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(zone);
        return new CalendarHorizon(calendar.LastConfirmed, now.InZone(zone).Date, calendar.ProvisionalYears);
    }

    /// <summary>What an operator reads: the days left, and how to load the next notice.</summary>
    public string Describe() =>
        (DaysLeft >= 0
            ? $"The working-day calendar is confirmed until {LastConfirmed:uuuu-MM-dd}, {DaysLeft} days from {Today:uuuu-MM-dd}"
            : $"The working-day calendar was confirmed until {LastConfirmed:uuuu-MM-dd}, {-DaysLeft} days before {Today:uuuu-MM-dd}")
        + (ProvisionalYears.Count > 0 ? $"; {string.Join(", ", ProvisionalYears)} projected from the statutory holidays (provisional)" : string.Empty)
        + $". When the State Council's holiday notice for {NextYear} is published, import it (sharepolicy calendar import NOTICE.txt --out DIR) "
        + "and load DIR as SharePolicy:CalendarDirectory.";
}

using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Rules;

namespace SharePolicy.Scenarios;

/// <summary>A clock that always reads the scenario's time.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;

    /// <summary>An engine that decides as at <paramref name="now"/>, on the national calendar unless another is given.</summary>
    public static SharePolicyEngine Engine(Instant now, RuleLibrary rules, WorkingDayCalendar? calendar, LegalReadings? readings = null) =>
        new(rules, calendar ?? WorkingDayCalendar.China, new FixedClock(now), readings: readings);
}

using NodaTime;
using NodaTime.Testing;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;

namespace SharePolicy.Bench.Tests;

/// <summary>The engine with the default rule set and a fixed clock, and the hand-written baseline, shared by the tests.</summary>
internal static class Deciders
{
    public static SharePolicyEngine Engine { get; } =
        new(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, new FakeClock(Instant.FromUtc(2024, 9, 29, 2, 0)));

    public static BaselineAccessPolicy Baseline { get; } = new(WorkingDayCalendar.China, SharePolicyEngine.ChinaStandardTime);
}

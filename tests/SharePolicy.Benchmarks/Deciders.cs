using NodaTime;
using SharePolicy.Bench;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;

namespace SharePolicy.Benchmarks;

/// <summary>The engine with the default rule set, and the hand-written baseline of the same rules, as every benchmark uses them.</summary>
internal static class Deciders
{
    public static SharePolicyEngine Engine { get; } = new(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, SystemClock.Instance);

    public static BaselineAccessPolicy Baseline { get; } = new(WorkingDayCalendar.China, SharePolicyEngine.ChinaStandardTime);
}

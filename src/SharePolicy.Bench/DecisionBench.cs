using System.Diagnostics;
using SharePolicy.Engine;
using SharePolicy.Questions;

namespace SharePolicy.Bench;

/// <summary>
/// Times access decisions on one thread, as <c>opa bench</c> does for its policies: each engine decision on its own
/// for the percentiles, then whole passes of the engine and of the hand-written baseline for the throughputs.
/// </summary>
public static class DecisionBench
{
    /// <summary>Warms both deciders up, then measures <paramref name="decisions"/> decisions of each over the cases, in turn.</summary>
    /// <param name="engine">The engine to measure.</param>
    /// <param name="baseline">The hand-written baseline of the same rules.</param>
    /// <param name="cases">The requests, taken in turn; at least one.</param>
    /// <param name="decisions">How many decisions each measured pass makes; at least one.</param>
    /// <param name="warmUp">How long each decider runs before it is measured, so that the JIT has optimised the hot paths.</param>
    public static BenchReport Run(SharePolicyEngine engine, BaselineAccessPolicy baseline, IReadOnlyList<AccessCase> cases, int decisions, TimeSpan warmUp)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentOutOfRangeException.ThrowIfZero(cases.Count, nameof(cases));
        ArgumentOutOfRangeException.ThrowIfLessThan(decisions, 1);

        void Engine(AccessCase c) => engine.DecideAccess(c.Request, c.Entry);
        void Baseline(AccessCase c) => baseline.Decide(c.Request, c.Entry);

        WarmUp(Engine, cases, warmUp);
        WarmUp(Baseline, cases, warmUp);

        var latencies = new long[decisions];
        for (var i = 0; i < decisions; i++)
        {
            var start = Stopwatch.GetTimestamp();
            Engine(cases[i % cases.Count]);
            latencies[i] = Stopwatch.GetTimestamp() - start;
        }

        Array.Sort(latencies);
        return new BenchReport(
            decisions,
            Microseconds(Percentile(latencies, 50)),
            Microseconds(Percentile(latencies, 99)),
            decisions / Pass(Engine, cases, decisions).TotalSeconds,
            decisions / Pass(Baseline, cases, decisions).TotalSeconds);
    }

    /// <summary>The nearest-rank percentile of values sorted in ascending order: the smallest value not exceeded by <paramref name="percent"/> % of them.</summary>
    /// <exception cref="ArgumentException">There are no values, or the percentage is not in (0, 100].</exception>
    public static long Percentile(IReadOnlyList<long> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count, nameof(sorted));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[rank - 1];
    }

    private static double Microseconds(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;

    private static TimeSpan Pass(Action<AccessCase> decide, IReadOnlyList<AccessCase> cases, int decisions)
    {
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < decisions; i++)
        {
            decide(cases[i % cases.Count]);
        }

        return Stopwatch.GetElapsedTime(start);
    }

    private static void WarmUp(Action<AccessCase> decide, IReadOnlyList<AccessCase> cases, TimeSpan duration)
    {
        var start = Stopwatch.GetTimestamp();
        var i = 0;
        do
        {
            decide(cases[i++ % cases.Count]);
        }
        while (Stopwatch.GetElapsedTime(start) < duration);
    }
}

using System.Globalization;

namespace SharePolicy.Bench;

/// <summary>What a <see cref="DecisionBench"/> run measured, single-threaded.</summary>
/// <param name="Decisions">How many decisions each measured pass made.</param>
/// <param name="P50Microseconds">The median time of one engine decision, in microseconds.</param>
/// <param name="P99Microseconds">The 99th percentile time of one engine decision, in microseconds.</param>
/// <param name="DecisionsPerSecond">Engine decisions per second, on one thread.</param>
/// <param name="BaselineDecisionsPerSecond">Hand-written baseline decisions per second, on one thread, over the same requests.</param>
public sealed record BenchReport(
    int Decisions,
    double P50Microseconds,
    double P99Microseconds,
    double DecisionsPerSecond,
    double BaselineDecisionsPerSecond)
{
    /// <summary>How many times longer the engine takes than the baseline for the same decisions.</summary>
    public double BaselineRatio => BaselineDecisionsPerSecond / DecisionsPerSecond;

    /// <summary>The machine-readable line <c>sharepolicy bench</c> ends with: <c>p50_us=… p99_us=… per_sec=… baseline_ratio=…</c>.</summary>
    public string SummaryLine => string.Create(
        CultureInfo.InvariantCulture,
        $"p50_us={P50Microseconds:0.00} p99_us={P99Microseconds:0.00} per_sec={DecisionsPerSecond:0} baseline_ratio={BaselineRatio:0.0}");
}

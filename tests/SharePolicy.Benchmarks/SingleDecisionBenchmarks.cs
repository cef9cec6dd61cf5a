using BenchmarkDotNet.Attributes;
using SharePolicy.Bench;
using SharePolicy.Questions;

namespace SharePolicy.Benchmarks;

/// <summary>One access decision with the full default rule set, engine against the hand-written baseline.</summary>
[MemoryDiagnoser]
public class SingleDecisionBenchmarks
{
    private AccessCase _case = null!;

    /// <summary>
    /// <c>conditional</c>: one item of a Conditional resource (Granted path plus a reply deadline);
    /// <c>base-mixed</c>: a base resource of three items, a base item, a Conditional and a NotShared business item.
    /// </summary>
    [Params("conditional", "base-mixed")]
    public string Request { get; set; } = "conditional";

    [GlobalSetup]
    public void Setup() => _case = Request == "conditional" ? SampleCases.Conditional : SampleCases.BaseMixed;

    [Benchmark(Baseline = true)]
    public AccessOutcome HandWritten() => Deciders.Baseline.Decide(_case.Request, _case.Entry).Outcome;

    [Benchmark]
    public AccessOutcome Engine() => Deciders.Engine.DecideAccess(_case.Request, _case.Entry).Outcome;
}

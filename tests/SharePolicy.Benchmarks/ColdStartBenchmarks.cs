using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SharePolicy.Compilation;

namespace SharePolicy.Benchmarks;

/// <summary>
/// Loading and compiling the embedded default rule set (YAML, conditions, NRules network). <c>FirstInProcess</c>
/// measures the first load of a fresh process, JIT included, ten processes; <c>Reload</c> a load once the code is warm.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1, id: "FirstInProcess")]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 15, id: "Reload")]
public class ColdStartBenchmarks
{
    [Benchmark]
    public int LoadAndCompileDefaultRuleSet() => RuleSetLoader.Load(RuleSetLoader.ReadDefaultFiles()).Rules.Count;
}

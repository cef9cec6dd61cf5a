using BenchmarkDotNet.Attributes;
using SharePolicy.Bench;
using SharePolicy.Questions;

namespace SharePolicy.Benchmarks;

/// <summary>
/// 10,000 mixed requests (<see cref="RequestMix"/>, the default seed), decided one after the other on one thread;
/// times are per decision.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    public const int Requests = 10_000;

    private IReadOnlyList<AccessCase> _cases = [];

    [GlobalSetup]
    public void Setup() => _cases = RequestMix.Generate(Requests);

    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    public int HandWritten()
    {
        var outcomes = 0;
        foreach (var c in _cases)
        {
            outcomes += (int)Deciders.Baseline.Decide(c.Request, c.Entry).Outcome;
        }

        return outcomes;
    }

    [Benchmark(OperationsPerInvoke = Requests)]
    public int Engine()
    {
        var outcomes = 0;
        foreach (var c in _cases)
        {
            outcomes += (int)Deciders.Engine.DecideAccess(c.Request, c.Entry).Outcome;
        }

        return outcomes;
    }
}

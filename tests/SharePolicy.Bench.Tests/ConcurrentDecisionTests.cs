using SharePolicy.Questions;

namespace SharePolicy.Bench.Tests;

/// <summary>One engine shared by every core gives each request the answer it gives on a single thread.</summary>
public class ConcurrentDecisionTests
{
    private const int Decisions = 1_000_000;

    [Fact]
    public void A_million_decisions_on_all_cores_through_one_engine_equal_the_single_threaded_answers()
    {
        var cases = RequestMix.Generate(10_000);
        var expected = cases.Select(c => Deciders.Engine.DecideAccess(c.Request, c.Entry)).ToArray();
        var mismatches = 0;
        var made = 0;

        Parallel.For(0, Decisions, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var c = cases[i % cases.Count];
            if (!Deciders.Engine.DecideAccess(c.Request, c.Entry).As(expected[i % cases.Count]))
            {
                Interlocked.Increment(ref mismatches);
            }

            Interlocked.Increment(ref made);
        });

        made.Should().Be(Decisions);
        mismatches.Should().Be(0);
    }
}

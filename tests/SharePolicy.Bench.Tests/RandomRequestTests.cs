using SharePolicy.Questions;

namespace SharePolicy.Bench.Tests;

/// <summary>
/// A property over random requests, valid and hostile: the model refuses what it must not hold (junk in a code, text
/// with nothing visible in it) with an <see cref="ArgumentException"/>; the engine never crashes (it decides, or rejects
/// the request with the same <see cref="ArgumentException"/> the baseline does; a date outside the calendar may be
/// rejected where the baseline has no date to check), never grants an item the baseline does not grant, never lets
/// through an item the baseline denies, and never denies without a reason.
/// </summary>
public class RandomRequestTests
{
    private const int Requests = 20_000;
    private const int Seed = 51;

    [Fact]
    public void Random_requests_never_crash_the_engine_nor_get_what_the_baseline_withholds()
    {
        var random = new Random(Seed);
        var pool = RequestMix.Generate(2000, seed: Seed);
        var kinds = new int[HostileCases.Kinds];
        var problems = new List<string>();
        var refusedByModel = 0;

        for (var i = 0; i < Requests; i++)
        {
            var kind = random.Next(HostileCases.Kinds);
            kinds[kind]++;
            var mayRefuse = kind is HostileCases.DateOutsideCalendar or HostileCases.EndOfTime;
            AccessCase hostile;
            try
            {
                hostile = HostileCases.Make(pool[random.Next(pool.Count)], kind, random);
            }
            catch (ArgumentException)
            {
                refusedByModel++;
                continue;
            }

            if (Check(hostile, mayRefuse) is { } problem)
            {
                problems.Add($"request {i} (kind {kind}): {problem}");
            }
        }

        problems.Should().BeEmpty();
        kinds.Should().OnlyContain(count => count > 1800, "every kind of hostile request must be tried often");
        refusedByModel.Should().BeInRange(Requests / 100, Requests / 5, "some junk codes and invisible texts are made, and most cases are not");
    }

    // Null when the engine behaved; else what it did wrong.
    private static string? Check(AccessCase c, bool mayRefuse)
    {
        BaselineDecision? expected = null;
        Exception? refused = null;
        try
        {
            expected = Deciders.Baseline.Decide(c.Request, c.Entry);
        }
        catch (ArgumentException exception)
        {
            refused = exception;
        }

        AccessDecision decision;
        try
        {
            decision = Deciders.Engine.DecideAccess(c.Request, c.Entry);
        }
        catch (Exception exception) when (exception.GetType() == refused?.GetType() || (mayRefuse && exception is ArgumentException))
        {
            return null;
        }
        catch (Exception exception)
        {
            return $"the engine threw {exception.GetType().Name} ({exception.Message}) where the baseline {(refused is null ? "decided" : "threw " + refused.GetType().Name)}";
        }

        if (expected is null)
        {
            return $"the engine decided {decision.Outcome} where the baseline threw {refused!.GetType().Name}";
        }

        var withheld = decision.Items.Zip(expected.Items)
            .Where(pair => (pair.First.Outcome == AccessOutcome.Granted && pair.Second.Outcome != AccessOutcome.Granted)
                || (pair.Second.Outcome == AccessOutcome.Denied && pair.First.Outcome is not (AccessOutcome.Denied or AccessOutcome.OutOfScope)))
            .Select(pair => $"{pair.First.ItemCode}: engine {pair.First.Outcome}, baseline {pair.Second.Outcome}")
            .ToArray();
        return withheld.Length > 0 ? string.Join("; ", withheld)
            : decision.Items.Count != expected.Items.Count ? $"the engine decided {decision.Items.Count} items, the baseline {expected.Items.Count}"
            : decision.Outcome == AccessOutcome.Denied && decision.Reasons.Count == 0 ? "denied without a reason"
            : null;
    }
}

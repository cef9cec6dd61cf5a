using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;

namespace SharePolicy.Scenarios;

/// <summary>Runs scenarios against a rule set and compares each decision with its expectation.</summary>
public static class ScenarioRunner
{
    /// <summary>Decides the scenario's request with the rule set, at the scenario's time, and compares.</summary>
    public static ScenarioResult Run(Scenario scenario, CompiledRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(rules);
        var decision = new SharePolicyEngine(rules, new FixedClock(scenario.Now)).DecideAccess(scenario.Request, scenario.Entry);
        var expect = scenario.Expect;
        var failures = new List<string>();

        Compare(failures, "outcome", [expect.Outcome], [decision.Outcome]);
        Compare(failures, "articles", expect.Articles.Select(a => a.ToShortString()), decision.Articles.Select(a => a.ToShortString()));
        if (expect.FiredRules is { } fired)
        {
            Compare(failures, "fired rules", fired, decision.FiredRules);
        }

        if (expect.Reasons is { } reasons)
        {
            Compare(failures, "reasons", reasons, decision.Reasons.Select(reason => reason.RuleId));
        }

        if (expect.Obligations is { } obligations)
        {
            Compare(failures, "obligations", obligations, decision.Obligations.Select(obligation => obligation.Kind));
        }

        foreach (var (code, outcome) in expect.Items ?? new Dictionary<string, AccessOutcome>())
        {
            var actual = decision.Items.FirstOrDefault(item => item.ItemCode == code);
            Compare(failures, $"item {code}", [outcome.ToString()], actual is null ? [] : [actual.Outcome.ToString()]);
        }

        return new ScenarioResult(scenario, decision, failures);
    }

    // Compares as sets: order is not part of what a scenario states.
    private static void Compare<T>(List<string> failures, string what, IEnumerable<T> expected, IEnumerable<T> actual)
    {
        var wanted = expected.Select(value => value!.ToString()!).Order(StringComparer.Ordinal).ToArray();
        var got = actual.Select(value => value!.ToString()!).Order(StringComparer.Ordinal).ToArray();
        if (!wanted.SequenceEqual(got))
        {
            failures.Add($"{what}: expected [{string.Join(", ", wanted)}], got [{string.Join(", ", got)}]");
        }
    }
}

using NodaTime;
using NodaTime.Text;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Scenarios;

/// <summary>Runs scenarios against a rule set and compares each decision with its expectation.</summary>
public static class ScenarioRunner
{
    /// <summary>Decides the scenario's facts with the rule set and the calendar, at the scenario's time, and compares.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="rules">The rule set.</param>
    /// <param name="calendar">The working-day calendar; <see cref="WorkingDayCalendar.China"/> when null.</param>
    public static ScenarioResult Run(Scenario scenario, CompiledRuleSet rules, WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(rules);
        var days = (calendar ?? WorkingDayCalendar.China).WithProvisionalYears(scenario.ProvisionalYears);
        var decision = scenario.Given.DecideWith(FixedClock.Engine(scenario.Now, rules, days));
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

        foreach (var (kind, due) in expect.Deadlines ?? new Dictionary<ObligationKind, LocalDate>())
        {
            var actual = decision.Obligations.Where(obligation => obligation.Kind == kind)
                .Select(obligation => obligation.Deadline is { } deadline ? LocalDatePattern.Iso.Format(deadline.DueDate) : "none");
            Compare(failures, $"deadline of {kind}", [LocalDatePattern.Iso.Format(due)], actual);
        }

        foreach (var (code, outcome) in expect.Items ?? new Dictionary<string, AccessOutcome>())
        {
            var actual = decision.Items.FirstOrDefault(item => item.ItemCode == code);
            Compare(failures, $"item {code}", [outcome], actual is null ? [] : [actual.Outcome]);
        }

        if (expect.Findings is { } findings)
        {
            var items = decision.Findings.SelectMany(finding => finding.Articles.Where(article => article.Article == 24));
            Compare(failures, "findings", findings.Select(a => a.ToShortString()), items.Select(a => a.ToShortString()));
        }

        return new ScenarioResult(scenario, failures);
    }

    // Compares as sets of texts: order is not part of what a scenario states.
    private static void Compare<T>(List<string> failures, string what, IEnumerable<T> expected, IEnumerable<T> actual)
    {
        static string[] Texts(IEnumerable<T> values) =>
            values.Select(value => value?.ToString() ?? "none").Order(StringComparer.Ordinal).ToArray();

        var wanted = Texts(expected);
        var got = Texts(actual);
        if (!wanted.SequenceEqual(got))
        {
            failures.Add($"{what}: expected [{string.Join(", ", wanted)}], got [{string.Join(", ", got)}]");
        }
    }
}

using NodaTime;
using NodaTime.Text;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Instruments;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Scenarios;

/// <summary>Runs scenarios against a rule library and compares each decision with its expectation.</summary>
public static class ScenarioRunner
{
    /// <summary>Decides the scenario's facts with the library and the calendar, at the scenario's time and place, and compares.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="rules">The rule library.</param>
    /// <param name="calendar">The working-day calendar; <see cref="WorkingDayCalendar.China"/> when null.</param>
    /// <exception cref="ArgumentException">The scenario's facts do not fit together, e.g. a requested item the entry does not have.</exception>
    public static ScenarioResult Run(Scenario scenario, RuleLibrary rules, WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(rules);
        var days = (calendar ?? WorkingDayCalendar.China).WithProvisionalYears(scenario.ProvisionalYears);
        var library = scenario.CarryOvers ? rules : rules.WithoutCarryOvers();
        var decision = scenario.DecideWith(FixedClock.Engine(scenario.Now, library, days, scenario.Readings));
        var expect = scenario.Expect;
        var failures = new List<string>();
        Compare(failures, "outcome", [expect.Outcome], [decision.OutcomeName]);
        Compare(failures, "articles", Citations(failures, expect.Articles, rules), decision.Articles.Select(article => article.ToShortString()));
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

        var items = (decision as AccessDecision)?.Items ?? [];
        foreach (var (code, outcome) in expect.Items ?? new Dictionary<string, AccessOutcome>())
        {
            var actual = items.FirstOrDefault(item => item.ItemCode == code);
            Compare(failures, $"item {code}", [outcome], actual is null ? [] : [actual.Outcome]);
        }

        if (expect.Grant is { } grant)
        {
            var actual = (decision as AccessDecision)?.Grant;
            Compare(failures, "grant", [grant], [ScenarioExpectation.GrantText(actual?.Items, actual?.Purpose.Use, actual?.Method)]);
        }

        if (expect.Findings is { } findings)
        {
            // Each finding's first article: the item of the liability article it is (M2016 24(1), R2025 39(4)).
            var found = ((decision as ComplianceDecision)?.Findings ?? []).Where(finding => finding.Articles.Count > 0).Select(finding => finding.Articles[0]);
            Compare(failures, "findings", Citations(failures, findings, rules), found.Select(article => article.ToShortString()));
        }

        if (expect.RuleSets is { } ruleSets)
        {
            var actual = decision.RuleSets.Select(stamp => stamp.Id).ToArray();
            if (!ruleSets.SequenceEqual(actual, StringComparer.Ordinal))
            {
                failures.Add($"rule sets: expected [{string.Join(", ", ruleSets)}], got [{string.Join(", ", actual)}]");
            }
        }

        if (expect.AsOf is { } asOf)
        {
            Compare(failures, "as of", [LocalDatePattern.Iso.Format(asOf)], [LocalDatePattern.Iso.Format(decision.AsOf)]);
        }

        return new ScenarioResult(scenario, failures);
    }

    // The expected citations in the short form decisions print, read against the library's instruments (a bare one
    // cites the Measures); one that names no instrument of the library is a failure of its own.
    private static List<string> Citations(List<string> failures, IEnumerable<string> texts, RuleLibrary rules)
    {
        var citations = new List<string>();
        foreach (var text in texts)
        {
            if (Citation.TryParse(text, Instrument.Measures2016, rules.Instruments, out var citation, out var error))
            {
                citations.Add(citation.ToShortString());
            }
            else
            {
                failures.Add($"expected article {error}");
            }
        }

        return citations;
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

using NodaTime;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Scenarios;

/// <summary>What a scenario expects of the decision; a null list or value is not checked.</summary>
/// <param name="Outcome">The outcome's name, e.g. <c>Granted</c>.</param>
/// <param name="Articles">Exactly the articles the decision cites, as written (<c>12¶1</c>, <c>R2025 21¶1</c>); a bare one cites the Measures.</param>
/// <param name="FiredRules">Exactly the rules that fire, in any order.</param>
/// <param name="Reasons">Exactly the rule ids of the reasons given, in any order.</param>
/// <param name="Obligations">Exactly the kinds of obligation imposed, in any order.</param>
/// <param name="Deadlines">The due date of each named obligation.</param>
/// <param name="Items">The outcome of each named item (access only).</param>
/// <param name="Findings">Exactly the liability item of each finding (its first article), e.g. <c>24(1)</c> or <c>R2025 39(4)</c>, one per finding (compliance only).</param>
public sealed record ScenarioExpectation(
    string Outcome,
    IReadOnlyList<string> Articles,
    IReadOnlyList<string>? FiredRules,
    IReadOnlyList<string>? Reasons,
    IReadOnlyList<ObligationKind>? Obligations,
    IReadOnlyDictionary<ObligationKind, LocalDate>? Deadlines,
    IReadOnlyDictionary<string, AccessOutcome>? Items,
    IReadOnlyList<string>? Findings = null)
{
    /// <summary>Exactly the ids of the rule sets that decide, national first; null when not checked.</summary>
    public IReadOnlyList<string>? RuleSets { get; init; }

    /// <summary>The day the rule sets are chosen by (the decision's <see cref="Decision.AsOf"/>); null when not checked.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>
    /// What the access decision's grant carries, as <c>items: a, b; use: DataVerification; method: OnlineQuery</c>, or
    /// <c>none</c> when it grants nothing (access only); null when not checked.
    /// </summary>
    public string? Grant { get; init; }

    /// <summary>The text <see cref="Grant"/> compares: what a grant carries, or <c>none</c>.</summary>
    public static string GrantText(IEnumerable<string>? items, Model.UsePurpose? use, Model.ShareMethod? method) =>
        items is null ? "none" : $"items: {string.Join(", ", items)}; use: {use}; method: {method?.ToString() ?? "none"}";
}

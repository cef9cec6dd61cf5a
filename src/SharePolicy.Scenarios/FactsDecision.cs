using NodaTime;
using SharePolicy.Instruments;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Scenarios;

/// <summary>The decision on a set of facts, in one shape whatever the question, for reports and comparisons.</summary>
/// <param name="Outcome">The outcome's name, e.g. <c>ApplicationRequired</c>.</param>
/// <param name="Items">The outcome of each requested item (access requests); empty for other questions.</param>
/// <param name="Obligations">What the decision obliges, with deadlines.</param>
/// <param name="Reasons">The deciding rules' reasons, in zh-Hans and English.</param>
/// <param name="Articles">The articles the decision rests on, in the Measures' order.</param>
/// <param name="FiredRules">Every rule that fired, deciding or overruled, in rule-set order.</param>
/// <param name="DecidedAt">When it was decided, by the engine's clock.</param>
public sealed record FactsDecision(
    string Outcome,
    IReadOnlyList<ItemDecision> Items,
    IReadOnlyList<Obligation> Obligations,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<Citation> Articles,
    IReadOnlyList<string> FiredRules,
    Instant DecidedAt)
{
    /// <summary>The findings of a compliance review, each with the record entry behind it; empty for other questions.</summary>
    public IReadOnlyList<ComplianceFinding> Findings { get; init; } = [];

    internal static FactsDecision Of<TOutcome>(Decision<TOutcome> decision, IReadOnlyList<ItemDecision>? items = null)
        where TOutcome : struct, Enum =>
        new(decision.Outcome.ToString(), items ?? [], decision.Obligations, decision.Reasons, decision.Articles, decision.FiredRules, decision.DecidedAt);
}

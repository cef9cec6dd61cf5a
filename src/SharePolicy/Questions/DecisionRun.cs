using NodaTime;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// What the decision pipeline hands a question to make its decision from: each fact's verdict, the most restrictive
/// one, the deciding rules' reasons and obligations, every rule that fired, the rule sets that decided and the day
/// that chose them. The same for every question; the question adds what is its own (an access decision's items).
/// </summary>
internal sealed record DecisionRun(
    IReadOnlyList<FactVerdict> Verdicts,
    int Severity,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<Obligation> Obligations,
    IReadOnlyList<string> FiredRules,
    IReadOnlyList<RuleSetStamp> RuleSets,
    LocalDate AsOf,
    Instant DecidedAt)
{
    /// <summary>How the law was read where it is open, for the decision to record.</summary>
    public LegalReadings Readings { get; init; } = LegalReadings.Default;

    /// <summary>
    /// The run with only the reasons and obligations of the rules that decided its outcome. A question with one outcome
    /// for its whole input (a review of a record or of a reply) says why it has that outcome; what its other facts were
    /// found to be would only contradict it. (An access decision keeps every item's: each item has its own outcome.)
    /// Reasons no rule gives stay.
    /// </summary>
    public DecisionRun WithReasonsOfItsOutcome()
    {
        var own = new HashSet<string>(StringComparer.Ordinal);
        var others = new HashSet<string>(StringComparer.Ordinal);
        foreach (var verdict in Verdicts)
        {
            foreach (var rule in verdict.Deciding)
            {
                (verdict.Severity == Severity ? own : others).Add(rule.Id);
            }
        }

        others.ExceptWith(own);
        return others.Count == 0 ? this : this with
        {
            Reasons = [.. Reasons.Where(reason => !others.Contains(reason.RuleId))],
            Obligations = [.. Obligations.Where(obligation => !others.Contains(obligation.RuleId))],
        };
    }
}

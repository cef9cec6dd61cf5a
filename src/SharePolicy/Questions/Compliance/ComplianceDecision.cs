using NodaTime;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// The result of a compliance review (Art. 24): RectificationRequired when anything is found, with each finding
/// and the record entry behind it.
/// </summary>
public sealed class ComplianceDecision : Decision<ComplianceOutcome>
{
    internal ComplianceDecision(
        ComplianceOutcome outcome,
        IReadOnlyList<ComplianceFinding> findings,
        IReadOnlyList<Obligation> obligations,
        IReadOnlyList<Reason> reasons,
        IReadOnlyList<string> firedRules,
        Instant decidedAt)
        : base(outcome, obligations, reasons, firedRules, decidedAt)
    {
        Findings = findings;
    }

    /// <summary>Every breach found, in record order: catalog, updates, supplies, quality, uses, annual reports.</summary>
    public IReadOnlyList<ComplianceFinding> Findings { get; }
}

namespace SharePolicy.Questions;

/// <summary>
/// The result of a compliance review (Art. 24): RectificationRequired when anything is found, with each finding
/// and the record entry behind it.
/// </summary>
public sealed class ComplianceDecision : Decision<ComplianceOutcome>
{
    internal ComplianceDecision(ComplianceOutcome outcome, IReadOnlyList<ComplianceFinding> findings, DecisionRun run)
        : base(outcome, run)
    {
        Findings = findings;
    }

    /// <summary>Every breach found, in record order: catalog, updates, supplies, quality, uses, annual reports.</summary>
    public IReadOnlyList<ComplianceFinding> Findings { get; }
}

using SharePolicy.Questions;

namespace SharePolicy.Rules;

/// <summary>
/// A question the policy answers. A rule file names its question; that fixes what the rules'
/// conditions see (<see cref="FactType"/>) and which outcomes they may give (<see cref="OutcomeType"/>).
/// </summary>
public sealed class PolicyQuestion
{
    private PolicyQuestion(string name, Type factType, Type outcomeType, Enum failClosedOutcome, bool hasDeadlines = false)
    {
        Name = name;
        HasDeadlines = hasDeadlines;
        FactType = factType;
        OutcomeType = outcomeType;
        FailClosedSeverity = Convert.ToInt32(failClosedOutcome, System.Globalization.CultureInfo.InvariantCulture);
        FailClosedOutcome = failClosedOutcome;
    }

    /// <summary>May this department take this resource, and how (Art. 9, 10(2), 12 ¶1, 5(2)).</summary>
    public static PolicyQuestion Access { get; } =
        new("access", typeof(AccessFacts), typeof(AccessOutcome), AccessOutcome.Denied, hasDeadlines: true);

    /// <summary>Must a department update its catalog after a change, and by when (Art. 8)?</summary>
    public static PolicyQuestion CatalogUpdate { get; } =
        new("catalog-update", typeof(CatalogUpdateFacts), typeof(CatalogUpdateOutcome), CatalogUpdateOutcome.UpdateRequired, hasDeadlines: true);

    /// <summary>Must a body send the joint conference an annual report, and by when (Art. 18)?</summary>
    public static PolicyQuestion AnnualReport { get; } =
        new("annual-report", typeof(AnnualReportFacts), typeof(AnnualReportOutcome), AnnualReportOutcome.ReportRequired, hasDeadlines: true);

    /// <summary>Is a provider's reply to an application in time and complete (Art. 12 ¶1, ¶2)?</summary>
    public static PolicyQuestion ReplyReview { get; } =
        new("reply-review", typeof(ReplyReviewFacts), typeof(ReplyReviewOutcome), ReplyReviewOutcome.Defective);

    /// <summary>Who resolves a need for data that is not shared: negotiation, the sharing authority or the joint conference (Art. 12 ¶1)?</summary>
    public static PolicyQuestion Escalation { get; } =
        new("escalation", typeof(EscalationFacts), typeof(EscalationOutcome), EscalationOutcome.JointConference);

    /// <summary>May shared data be used this way (Art. 14, 12 ¶2)?</summary>
    public static PolicyQuestion Use { get; } =
        new("use", typeof(UseFacts), typeof(UseOutcome), UseOutcome.Denied);

    /// <summary>May a department ask a citizen or organisation for this document or item (Art. 12 ¶3)?</summary>
    public static PolicyQuestion Resubmission { get; } =
        new("resubmission", typeof(ResubmissionFacts), typeof(ResubmissionOutcome), ResubmissionOutcome.MustNotRequest);

    /// <summary>How a matter proceeds while doubtful data is verified (Art. 15)?</summary>
    public static PolicyQuestion Dispute { get; } =
        new("dispute", typeof(DisputeFacts), typeof(DisputeOutcome), DisputeOutcome.AwaitVerification);

    /// <summary>What does this catalog entry breach (Art. 7, 9, 10, 11)?</summary>
    public static PolicyQuestion CatalogValidation { get; } =
        new("catalog-validation", typeof(CatalogValidationFacts), typeof(CatalogValidationOutcome), CatalogValidationOutcome.Invalid);

    /// <summary>Does an information project pass approval, acceptance or funding (Art. 21)?</summary>
    public static PolicyQuestion Project { get; } =
        new("project", typeof(ProjectFacts), typeof(ProjectOutcome), ProjectOutcome.Fail);

    /// <summary>What must a department rectify (Art. 24, with 8, 12, 13, 14 and 18)?</summary>
    public static PolicyQuestion Compliance { get; } =
        new("compliance", typeof(ComplianceFacts), typeof(ComplianceOutcome), ComplianceOutcome.RectificationRequired);

    /// <summary>Every question, by the name rule files use.</summary>
    public static IReadOnlyList<PolicyQuestion> All { get; } =
        [Access, CatalogUpdate, AnnualReport, ReplyReview, Escalation, Use, Resubmission, Dispute, CatalogValidation, Project, Compliance];

    /// <summary>True when this question's obligations may carry deadlines (its facts have a day to count from).</summary>
    public bool HasDeadlines { get; }

    /// <summary>The name rule files use, e.g. <c>access</c>.</summary>
    public string Name { get; }

    /// <summary>The type of the facts a condition sees.</summary>
    public Type FactType { get; }

    /// <summary>The enum of this question's outcomes, ordered from least to most restrictive.</summary>
    public Type OutcomeType { get; }

    /// <summary>The most restrictive outcome: that of a prohibition, and of a question no rule answers (fail closed).</summary>
    public Enum FailClosedOutcome { get; }

    internal int FailClosedSeverity { get; }

    /// <summary>Finds a question by name.</summary>
    /// <returns>The question, or null when there is none of that name.</returns>
    public static PolicyQuestion? Find(string name) =>
        All.FirstOrDefault(question => string.Equals(question.Name, name, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override string ToString() => Name;
}

using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>Every question the policy answers, each registered here once; rule and scenario files name them by <see cref="PolicyQuestion.Name"/>.</summary>
public static class PolicyQuestions
{
    /// <summary>May this department take this resource, and how?</summary>
    public static AccessQuestion Access { get; } = new();

    /// <summary>Must a department update its catalog after a change, and by when?</summary>
    public static CatalogUpdateQuestion CatalogUpdate { get; } = new();

    /// <summary>Must a body send the joint conference an annual report, and by when?</summary>
    public static AnnualReportQuestion AnnualReport { get; } = new();

    /// <summary>Is a provider's reply to an application in time and complete?</summary>
    public static ReplyReviewQuestion ReplyReview { get; } = new();

    /// <summary>Who resolves a need for data that is not shared?</summary>
    public static EscalationQuestion Escalation { get; } = new();

    /// <summary>May shared data be used this way?</summary>
    public static UseQuestion Use { get; } = new();

    /// <summary>May a department ask a citizen or organisation for this document or item?</summary>
    public static ResubmissionQuestion Resubmission { get; } = new();

    /// <summary>How does a matter proceed while doubtful data is verified?</summary>
    public static DisputeQuestion Dispute { get; } = new();

    /// <summary>What does this catalog entry breach?</summary>
    public static CatalogValidationQuestion CatalogValidation { get; } = new();

    /// <summary>Does an information project pass approval, acceptance or funding?</summary>
    public static ProjectQuestion Project { get; } = new();

    /// <summary>What must a department rectify?</summary>
    public static ComplianceQuestion Compliance { get; } = new();

    /// <summary>Must the provider deliver the data its reply agreed to share, and by when?</summary>
    public static DeliveryQuestion Delivery { get; } = new();

    /// <summary>By when must the sharing authority review and publish an updated catalog?</summary>
    public static CatalogReviewQuestion CatalogReview { get; } = new();

    /// <summary>Must an upper-level department return data on a lower region to its department (Regulations Art. 24)?</summary>
    public static FlowBackQuestion FlowBack { get; } = new();

    /// <summary>What becomes of data obtained through sharing once its purpose ends or after a misuse (Regulations Art. 27 ¶1–2)?</summary>
    public static DisposalQuestion Disposal { get; } = new();

    /// <summary>Until when must a usage record of shared data be kept (Regulations Art. 29 ¶2)?</summary>
    public static UsageRecordsQuestion UsageRecords { get; } = new();

    /// <summary>May a provider end or change a sharing service it provides (Regulations Art. 27 ¶3)?</summary>
    public static ServiceChangeQuestion ServiceChange { get; } = new();

    /// <summary>Every question, in the order rule and scenario files list them.</summary>
    public static IReadOnlyList<PolicyQuestion> All { get; } =
        [Access, CatalogUpdate, AnnualReport, ReplyReview, Escalation, Use, Resubmission, Dispute, CatalogValidation, Project, Compliance, Delivery, CatalogReview, FlowBack, Disposal, UsageRecords, ServiceChange];

    /// <summary>Finds a question by name.</summary>
    /// <returns>The question, or null when there is none of that name.</returns>
    public static PolicyQuestion? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var question in All)
        {
            if (string.Equals(question.Name, name, StringComparison.Ordinal))
            {
                return question;
            }
        }

        return null;
    }
}

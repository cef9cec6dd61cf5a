using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Engine;

public sealed partial class SharePolicyEngine
{
    /// <summary>
    /// May shared data be used this way (Art. 14, 12 ¶2)? Only for the grant's purpose and scope and the user's
    /// own duties; never passed to a third party, also not in changed form.
    /// </summary>
    /// <param name="grant">What the provider granted.</param>
    /// <param name="use">The use to check.</param>
    public Decision<UseOutcome> DecideUse(ShareGrant grant, DataUse use)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(use);
        return Decide<UseOutcome>(PolicyQuestion.Use, new UseFacts(grant, use));
    }

    /// <summary>May the department ask a citizen, legal person or organisation for this item (Art. 12 ¶3)?</summary>
    public Decision<ResubmissionOutcome> DecideResubmission(DocumentDemand demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        return Decide<ResubmissionOutcome>(PolicyQuestion.Resubmission, new ResubmissionFacts(demand));
    }

    /// <summary>How does a matter proceed while doubtful shared data is verified (Art. 15)?</summary>
    public Decision<DisputeOutcome> DecideDispute(DataDispute dispute)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        return Decide<DisputeOutcome>(PolicyQuestion.Dispute, new DisputeFacts(dispute));
    }
}

namespace SharePolicy.Questions;

/// <summary>The resubmission question's entry point.</summary>
public static class ResubmissionQuestionExtensions
{
    /// <summary>
    /// May the department ask a citizen, legal person or organisation for this item (Art. 12 ¶3)? The rule sets are
    /// those in force on the day of the decision.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="demand">The demand.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    public static Decision<ResubmissionOutcome> DecideResubmission(this IPolicyDecider decider, DocumentDemand demand, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(demand);
        return decider.Decide(PolicyQuestions.Resubmission, demand, jurisdiction);
    }
}

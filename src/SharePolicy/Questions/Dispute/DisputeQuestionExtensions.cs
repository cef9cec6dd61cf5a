namespace SharePolicy.Questions;

/// <summary>The dispute question's entry point.</summary>
public static class DisputeQuestionExtensions
{
    /// <summary>
    /// How does a matter proceed while doubtful shared data is verified (Art. 15)? The rule sets are those in force on
    /// the day of the decision.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="dispute">The dispute.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    public static Decision<DisputeOutcome> DecideDispute(this IPolicyDecider decider, DataDispute dispute, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(dispute);
        return decider.Decide(PolicyQuestions.Dispute, dispute, jurisdiction);
    }
}

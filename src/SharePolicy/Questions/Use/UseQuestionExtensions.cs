namespace SharePolicy.Questions;

/// <summary>The use question's entry point.</summary>
public static class UseQuestionExtensions
{
    /// <summary>
    /// May shared data be used this way (Art. 14, 12 ¶2)? Only for the grant's purpose and scope and the user's own
    /// duties; never passed to a third party, also not in changed form. The rule sets are those in force on the day of
    /// the use (<see cref="DataUse.UsedAt"/>), or of the decision when that is not known.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="grant">What the provider granted.</param>
    /// <param name="use">The use to check.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    public static Decision<UseOutcome> DecideUse(this IPolicyDecider decider, ShareGrant grant, DataUse use, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        return decider.Decide(PolicyQuestions.Use, new UseInput(grant, use), jurisdiction);
    }
}

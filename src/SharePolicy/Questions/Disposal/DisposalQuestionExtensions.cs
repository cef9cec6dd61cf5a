namespace SharePolicy.Questions;

/// <summary>The disposal question's entry point.</summary>
public static class DisposalQuestionExtensions
{
    /// <summary>
    /// What becomes of data a requester obtained through sharing (Regulations Art. 27 ¶1–2): kept in use, disposed of as
    /// the provider requires once its purpose ends, or, after a misuse, suspended until rectified and, failing that, open
    /// to being ended? Before the Regulations (2025-08-01) no rule set answers it.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="data">The data obtained, its purpose and its use.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    /// <returns>The decision, with the parties' obligations.</returns>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    public static Decision<DisposalOutcome> DecideDisposal(this IPolicyDecider decider, ObtainedData data, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(data);
        return decider.Decide(PolicyQuestions.Disposal, data, jurisdiction);
    }
}

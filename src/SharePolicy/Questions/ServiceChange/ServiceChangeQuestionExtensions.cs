namespace SharePolicy.Questions;

/// <summary>The service-change question's entry point.</summary>
public static class ServiceChangeQuestionExtensions
{
    /// <summary>
    /// May a provider end or change a sharing service it already provides (Regulations Art. 27 ¶3: not without good
    /// reason, and only after consulting the requester and filing with the same-level sharing authority)? Before the
    /// Regulations (2025-08-01) no rule set answers it.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="change">The provider's plan and how far it has gone.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    /// <returns>The decision, with the steps still owed.</returns>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    public static Decision<ServiceChangeOutcome> DecideServiceChange(this IPolicyDecider decider, ServiceChange change, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(change);
        return decider.Decide(PolicyQuestions.ServiceChange, change, jurisdiction);
    }
}

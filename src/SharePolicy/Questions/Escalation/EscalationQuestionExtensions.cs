namespace SharePolicy.Questions;

/// <summary>The escalation question's entry point.</summary>
public static class EscalationQuestionExtensions
{
    /// <summary>
    /// Who resolves a need for data that is NotShared, or Conditional and refused (Art. 12 ¶1): the parties by
    /// negotiation; failing that, the same-level sharing authority, or the joint conference where a central
    /// department is involved. The rule sets are those in force on the day of the decision.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="negotiation">The negotiation.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    public static Decision<EscalationOutcome> DecideEscalation(this IPolicyDecider decider, SharingNegotiation negotiation, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(negotiation);
        return decider.Decide(PolicyQuestions.Escalation, negotiation, jurisdiction);
    }
}

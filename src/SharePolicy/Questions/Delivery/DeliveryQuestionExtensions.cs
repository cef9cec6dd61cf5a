namespace SharePolicy.Questions;

/// <summary>The delivery question's entry point.</summary>
public static class DeliveryQuestionExtensions
{
    /// <summary>
    /// Must the provider deliver the data its reply agreed to share, and by when (Regulations Art. 22: within 20 working
    /// days of the agreeing reply)? The rule sets are those in force on the day of the reply; before the Regulations
    /// (2025-08-01) no rule set answers it.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="reply">The provider's reply.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    /// <returns>The decision, with the delivery deadline when the reply agreed.</returns>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    /// <exception cref="SharePolicy.Calendar.CalendarRangeException">The reply is outside the calendar's years, or the deadline falls beyond them.</exception>
    public static Decision<DeliveryOutcome> DecideDelivery(this IPolicyDecider decider, ProviderReply reply, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(reply);
        return decider.Decide(PolicyQuestions.Delivery, reply, jurisdiction);
    }
}

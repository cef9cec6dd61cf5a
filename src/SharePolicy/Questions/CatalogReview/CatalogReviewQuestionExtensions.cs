namespace SharePolicy.Questions;

/// <summary>The catalog-review question's entry point.</summary>
public static class CatalogReviewQuestionExtensions
{
    /// <summary>
    /// By when must the same-level sharing authority review and publish an updated catalog (Regulations Art. 17 ¶3:
    /// within 2 working days of receiving it)? Before the Regulations (2025-08-01) no rule set answers it.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="submission">The updated catalog and when it reached the authority.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    /// <returns>The decision, with the review deadline.</returns>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    /// <exception cref="SharePolicy.Calendar.CalendarRangeException">The receipt is outside the calendar's years, or the deadline falls beyond them.</exception>
    public static Decision<CatalogReviewOutcome> DecideCatalogReview(this IPolicyDecider decider, CatalogSubmission submission, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(submission);
        return decider.Decide(PolicyQuestions.CatalogReview, submission, jurisdiction);
    }
}

namespace SharePolicy.Questions;

/// <summary>The catalog-update question's entry point.</summary>
public static class CatalogUpdateQuestionExtensions
{
    /// <summary>
    /// Must the department update its catalog after this change, and by when (Art. 8)? The rule sets are those in
    /// force on the day of the change.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="change">The change.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    /// <exception cref="SharePolicy.Calendar.CalendarRangeException">The deadline falls beyond the calendar's years.</exception>
    public static Decision<CatalogUpdateOutcome> DecideCatalogUpdate(this IPolicyDecider decider, CatalogChange change, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(change);
        return decider.Decide(PolicyQuestions.CatalogUpdate, change, jurisdiction);
    }
}

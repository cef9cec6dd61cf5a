using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>The catalog-validation question's entry point.</summary>
public static class CatalogValidationQuestionExtensions
{
    /// <summary>
    /// What does this catalog entry breach (Art. 7, 9, 10(1)–(3), 11)? Each breach is one reason. The rule sets are
    /// those in force on the day of the decision.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="entry">The catalog entry.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    public static Decision<CatalogValidationOutcome> ValidateCatalogEntry(this IPolicyDecider decider, CatalogEntry entry, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(entry);
        return decider.Decide(PolicyQuestions.CatalogValidation, entry, jurisdiction);
    }
}

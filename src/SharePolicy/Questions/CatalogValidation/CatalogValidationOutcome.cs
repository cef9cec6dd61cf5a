namespace SharePolicy.Questions;

/// <summary>Whether a catalog entry meets the Measures (Art. 7–11); least restrictive first.</summary>
public enum CatalogValidationOutcome
{
    /// <summary>No breach found.</summary>
    Valid,

    /// <summary>The entry breaches at least one requirement; the reasons name each.</summary>
    Invalid,
}

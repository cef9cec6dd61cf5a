namespace SharePolicy.Questions;

/// <summary>What the sharing authority owes an updated catalog sent to it (Regulations Art. 17 ¶3).</summary>
public enum CatalogReviewOutcome
{
    /// <summary>The authority reviews and publishes the updated catalog by the deadline the decision carries.</summary>
    ReviewRequired,
}

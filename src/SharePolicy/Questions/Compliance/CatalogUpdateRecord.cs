using NodaTime;

namespace SharePolicy.Questions;

/// <summary>A catalog update owed after a change (Art. 8; Regulations Art. 17 ¶2), and when it was made.</summary>
public sealed record CatalogUpdateRecord
{
    /// <summary>Creates the record of a catalog update.</summary>
    /// <param name="change">The change that obliges the update.</param>
    /// <param name="updatedAt">When the catalog was updated; null when it has not been.</param>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public CatalogUpdateRecord(CatalogChange change, Instant? updatedAt)
    {
        Change = change ?? throw new ArgumentNullException(nameof(change));
        UpdatedAt = updatedAt;
    }

    /// <summary>The change that obliges the update.</summary>
    public CatalogChange Change { get; }

    /// <summary>When the catalog was updated; null when it has not been.</summary>
    public Instant? UpdatedAt { get; }

    /// <summary>
    /// True when the same-level sharing authority agreed to extend the update period for special reasons (Regulations
    /// Art. 17 ¶2: by 5 working days); the update is then judged against the extended deadline, where its rule allows one.
    /// </summary>
    public bool ExtensionApproved { get; init; }
}

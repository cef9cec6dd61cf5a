namespace SharePolicy.Model;

/// <summary>Where a catalog entry stands with the sharing authority (Regulations Art. 16 ¶1).</summary>
public enum CatalogStatus
{
    /// <summary>Reviewed and published by the same-level sharing authority: the catalog departments apply through.</summary>
    Published,

    /// <summary>Sent to the authority and not yet published.</summary>
    UnderReview,

    /// <summary>Compiled by the department and not sent for review.</summary>
    Draft,
}

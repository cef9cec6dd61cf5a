namespace SharePolicy.Questions;

/// <summary>What a change obliges a department to do with its catalog; ordered from least to most restrictive.</summary>
public enum CatalogUpdateOutcome
{
    /// <summary>Keep the catalog maintained as usual; Art. 8 sets no deadline for this change.</summary>
    MaintainAsUsual,

    /// <summary>Update the catalog by the deadline (Art. 8: 15 working days).</summary>
    UpdateRequired,
}

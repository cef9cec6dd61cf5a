namespace SharePolicy.Questions;

/// <summary>Which part of a department's record a compliance fact holds.</summary>
public enum ComplianceEntryKind
{
    /// <summary>Whether the department compiled its catalog: <see cref="ComplianceFacts.CatalogCompiled"/>.</summary>
    Catalog,

    /// <summary>A catalog update it owed: <see cref="ComplianceFacts.CatalogUpdate"/>.</summary>
    CatalogUpdate,

    /// <summary>Shared data it owed the platform: <see cref="ComplianceFacts.Supply"/>.</summary>
    Supply,

    /// <summary>A quality problem in data it supplied: <see cref="ComplianceFacts.Quality"/>.</summary>
    Quality,

    /// <summary>A use it made of shared data: <see cref="ComplianceFacts.Use"/>.</summary>
    Use,

    /// <summary>An annual report it owed: <see cref="ComplianceFacts.AnnualReport"/>.</summary>
    AnnualReport,

    /// <summary>Another breach of the Measures it was found to commit (Art. 24(5)): <see cref="ComplianceFacts.OtherBreach"/>.</summary>
    OtherBreach,

    /// <summary>A breach of a duty of the Regulations (Art. 39–41): <see cref="ComplianceFacts.Breached"/>.</summary>
    DutyBreach,
}

namespace SharePolicy.Model;

/// <summary>The kinds of basis Art. 10(1) accepts for classifying a resource NotShared.</summary>
public enum LegalBasisKind
{
    /// <summary>法律.</summary>
    Law,

    /// <summary>行政法规.</summary>
    AdministrativeRegulation,

    /// <summary>党中央、国务院政策.</summary>
    CentralPolicy,
}

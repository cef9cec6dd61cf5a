namespace SharePolicy.Model;

/// <summary>
/// The kinds of basis a NotShared classification may rest on: the Measures' Art. 10(1) accepts a law, an administrative
/// regulation or a Party Central or State Council policy; the Regulations' Art. 14(3) and 15 ¶2 a law, an administrative
/// regulation or a State Council decision.
/// </summary>
public enum LegalBasisKind
{
    /// <summary>法律.</summary>
    Law,

    /// <summary>行政法规.</summary>
    AdministrativeRegulation,

    /// <summary>党中央、国务院政策.</summary>
    CentralPolicy,

    /// <summary>国务院决定 (a State Council decision: a basis under the Regulations, Art. 14(3)).</summary>
    StateCouncilDecision,
}

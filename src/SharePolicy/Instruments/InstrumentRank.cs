namespace SharePolicy.Instruments;

/// <summary>Where an instrument stands in the hierarchy of Chinese law; the higher rank prevails where two differ.</summary>
public enum InstrumentRank
{
    /// <summary>行政法规: made by the State Council, e.g. the Government Data Sharing Regulations (2025).</summary>
    AdministrativeRegulation,

    /// <summary>国务院规范性文件: a State Council normative document, e.g. the Interim Measures (2016).</summary>
    StateCouncilNormativeDocument,

    /// <summary>地方性法规: made by a provincial or municipal people's congress.</summary>
    LocalRegulation,

    /// <summary>地方政府规章: made by a provincial or municipal people's government.</summary>
    LocalGovernmentRule,

    /// <summary>地方规范性文件: a local normative document.</summary>
    LocalNormativeDocument,
}

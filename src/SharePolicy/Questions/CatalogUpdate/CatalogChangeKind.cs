namespace SharePolicy.Questions;

/// <summary>
/// What changed for a department, and may oblige it to update its catalog: the Measures (Art. 8) name revised laws and
/// regulations (法律法规) and changed functions; the Regulations (Art. 17 ¶2) name laws, administrative regulations and
/// State Council decisions (法律、行政法规、国务院决定) and changed functions.
/// </summary>
public enum CatalogChangeKind
{
    /// <summary>A law or an administrative regulation the catalog rests on was revised (法律、行政法规): both instruments name it.</summary>
    LawRevised,

    /// <summary>The department's functions changed (行政管理职能发生变化; 政府部门职责变化): both instruments name it.</summary>
    FunctionsChanged,

    /// <summary>Any other change, e.g. a new data set: the catalog is maintained as usual, with no deadline from Art. 8 or Art. 17 ¶2.</summary>
    Other,

    /// <summary>
    /// A local regulation (地方性法规) the catalog rests on was revised: a 法规 the Measures' Art. 8 names, but not one of the
    /// instruments of the Regulations' Art. 17 ¶2, under which the catalog is updated as its ordinary dynamic update (Art. 17 ¶1).
    /// </summary>
    LocalRegulationRevised,

    /// <summary>
    /// A State Council decision the catalog rests on changed (国务院决定调整): named by the Regulations' Art. 17 ¶2, but not a
    /// 法律法规 of the Measures' Art. 8, under which it is an ordinary change.
    /// </summary>
    StateCouncilDecisionChanged,
}

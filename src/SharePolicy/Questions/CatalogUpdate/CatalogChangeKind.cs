namespace SharePolicy.Questions;

/// <summary>What changed for a department, and may oblige it to update its catalog (Art. 8).</summary>
public enum CatalogChangeKind
{
    /// <summary>A law or regulation the catalog rests on was revised (有关法律法规作出修订).</summary>
    LawRevised,

    /// <summary>The department's administrative functions changed (行政管理职能发生变化).</summary>
    FunctionsChanged,

    /// <summary>Any other change, e.g. a new data set: the catalog is maintained as usual, with no deadline from Art. 8.</summary>
    Other,
}

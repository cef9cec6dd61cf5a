using NodaTime;

namespace SharePolicy.Model;

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

/// <summary>A change that may oblige a department to update its resource catalog (Art. 8).</summary>
public sealed record CatalogChange
{
    /// <summary>Creates a catalog change.</summary>
    /// <param name="department">The department whose catalog is concerned.</param>
    /// <param name="kind">What changed.</param>
    /// <param name="occurredAt">When the revision or change took effect; the deadline counts from the day after.</param>
    /// <exception cref="ArgumentException">The department is null or the kind is not defined.</exception>
    public CatalogChange(Department department, CatalogChangeKind kind, Instant occurredAt)
    {
        Department = department ?? throw new ArgumentNullException(nameof(department));
        Kind = Guard.Defined(kind);
        OccurredAt = occurredAt;
    }

    /// <summary>The department whose catalog is concerned.</summary>
    public Department Department { get; }

    /// <summary>What changed.</summary>
    public CatalogChangeKind Kind { get; }

    /// <summary>When the revision or change took effect.</summary>
    public Instant OccurredAt { get; }
}

/// <summary>What a change obliges a department to do with its catalog; ordered from least to most restrictive.</summary>
public enum CatalogUpdateOutcome
{
    /// <summary>Keep the catalog maintained as usual; Art. 8 sets no deadline for this change.</summary>
    MaintainAsUsual,

    /// <summary>Update the catalog by the deadline (Art. 8: 15 working days).</summary>
    UpdateRequired,
}

/// <summary>Whether a body must send the joint conference an annual sharing report (Art. 18); least restrictive first.</summary>
public enum AnnualReportOutcome
{
    /// <summary>Art. 18 does not oblige this body to report to the joint conference.</summary>
    NotRequired,

    /// <summary>The body reports the past year's sharing by the deadline (Art. 18: the end of February).</summary>
    ReportRequired,
}

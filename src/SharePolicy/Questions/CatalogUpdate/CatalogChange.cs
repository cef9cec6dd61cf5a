using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Questions;

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

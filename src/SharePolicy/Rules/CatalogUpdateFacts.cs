using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Rules;

/// <summary>What a catalog-update rule's condition sees (Art. 8): the change and the department it concerns.</summary>
public sealed class CatalogUpdateFacts : RuleFacts
{
    internal CatalogUpdateFacts(CatalogChange change)
    {
        Change = change;
    }

    /// <summary>The change.</summary>
    public CatalogChange Change { get; }

    /// <summary>The department whose catalog is concerned.</summary>
    public Department Department => Change.Department;

    internal override LocalDate DeadlineStart(DateTimeZone zone) => Change.OccurredAt.InZone(zone).Date;
}

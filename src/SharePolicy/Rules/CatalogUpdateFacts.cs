using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Rules;

/// <summary>What a catalog-update rule's condition sees (Art. 8): the change, which names the department it concerns.</summary>
public sealed class CatalogUpdateFacts : RuleFacts
{
    internal CatalogUpdateFacts(CatalogChange change)
    {
        Change = change;
    }

    /// <summary>The change.</summary>
    public CatalogChange Change { get; }

    internal override LocalDate? DeadlineStart(DateTimeZone zone) => Change.OccurredAt.InZone(zone).Date;
}

using NodaTime;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>What a catalog-update rule's condition sees (Art. 8): the change, which names the department it concerns.</summary>
public sealed class CatalogUpdateFacts : RuleFacts
{
    internal CatalogUpdateFacts(CatalogChange change)
    {
        Change = change;
    }

    /// <summary>The change.</summary>
    public CatalogChange Change { get; }

    // The day of a revision or a change is its date, whatever the hour: nothing is received.
    internal override LocalDate? DeadlineStart(DateTimeZone zone, LocalTime? closeOfBusiness) => Change.OccurredAt.InZone(zone).Date;
}

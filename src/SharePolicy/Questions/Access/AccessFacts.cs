using NodaTime;
using SharePolicy.Model;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// What an access rule's condition sees: one requested item of one catalog entry, with the request for it.
/// Write conditions over these properties, e.g. <c>Entry.Category == ResourceCategory.Base &amp;&amp; Item.Kind == ItemKind.BaseItem</c>.
/// </summary>
public sealed class AccessFacts : RuleFacts
{
    internal AccessFacts(AccessRequest request, CatalogEntry entry, CatalogItem item)
    {
        Request = request;
        Entry = entry;
        Item = item;
    }

    /// <summary>The request.</summary>
    public AccessRequest Request { get; }

    /// <summary>The catalog entry of the resource requested.</summary>
    public CatalogEntry Entry { get; }

    /// <summary>The requested item.</summary>
    public CatalogItem Item { get; }

    /// <summary>The requesting department.</summary>
    public Department Requester => Request.Requester;

    /// <summary>The providing department.</summary>
    public Department Provider => Entry.Provider;

    /// <summary>The share type the catalog states for this item: the item's own, else its entry's.</summary>
    public ShareType StatedShareType => Item.ShareType ?? Entry.ShareType;

    // The day the request counts as received, worked out once for every item of it.
    internal LocalDate ReceivedOn { get; init; }

    // A reply is due counting from the day after the application reached the platform; one that arrives after
    // close of business is received the next day.
    internal override LocalDate? DeadlineStart(DateTimeZone zone, LocalTime? closeOfBusiness) => ReceivedOn;

    // The day the missing materials count as received, when they have come and the host reads the period as restarting.
    internal LocalDate? MaterialsReceivedOn { get; init; }

    internal override LocalDate? RestartedDeadlineStart => MaterialsReceivedOn;

    /// <summary>The day something counts as received: the day it reached the platform, or the next after close of business.</summary>
    internal static LocalDate ReceiptDay(Instant arrived, DateTimeZone zone, LocalTime? closeOfBusiness)
    {
        var received = arrived.InZone(zone);
        return closeOfBusiness is { } close && received.TimeOfDay >= close ? received.Date.PlusDays(1) : received.Date;
    }
}

using SharePolicy.Model;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// What a resubmission rule's condition sees (Art. 12 ¶3): the demand, and the platform's source of the item
/// if there is one.
/// </summary>
public sealed class ResubmissionFacts : RuleFacts
{
    internal ResubmissionFacts(DocumentDemand demand)
    {
        Demand = demand;
        Item = demand.PlatformSource?.FindItem(demand.ItemCode);
    }

    /// <summary>The demand.</summary>
    public DocumentDemand Demand { get; }

    /// <summary>The catalog entry on the platform that holds the item; null when none does.</summary>
    public CatalogEntry? Source => Demand.PlatformSource;

    /// <summary>The item in that entry; null when there is no source.</summary>
    public CatalogItem? Item { get; }

    /// <summary>The share type the source's catalog states for the item; null when there is no source.</summary>
    public ShareType? SourceShareType => Item is null ? null : Item.ShareType ?? Source!.ShareType;
}

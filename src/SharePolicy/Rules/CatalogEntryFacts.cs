using SharePolicy.Model;

namespace SharePolicy.Rules;

/// <summary>What a catalog-validation rule's condition sees (Art. 7–11): the entry.</summary>
public sealed class CatalogEntryFacts : RuleFacts
{
    internal CatalogEntryFacts(CatalogEntry entry)
    {
        Entry = entry;
    }

    /// <summary>The entry validated.</summary>
    public CatalogEntry Entry { get; }
}

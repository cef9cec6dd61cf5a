using SharePolicy.Model;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>What a catalog-validation rule's condition sees (Art. 7–11): the entry.</summary>
public sealed class CatalogValidationFacts : RuleFacts
{
    internal CatalogValidationFacts(CatalogEntry entry)
    {
        Entry = entry;
    }

    /// <summary>The entry validated.</summary>
    public CatalogEntry Entry { get; }
}

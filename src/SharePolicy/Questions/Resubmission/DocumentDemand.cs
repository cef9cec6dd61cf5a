using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>
/// A department's wish to ask a citizen, legal person or organisation for a document or data item
/// (Art. 12 ¶3: not when the sharing platform can supply it).
/// </summary>
public sealed record DocumentDemand
{
    /// <summary>Creates a demand.</summary>
    /// <param name="department">The department that would ask.</param>
    /// <param name="party">Whom it would ask.</param>
    /// <param name="itemCode">The data item wanted, as the platform's catalog names it.</param>
    /// <param name="platformSource">The catalog entry on the platform that holds the item; null when none does.</param>
    /// <exception cref="ArgumentException">A value is missing, or the source does not hold the item.</exception>
    public DocumentDemand(Department department, PartyKind party, string itemCode, CatalogEntry? platformSource)
    {
        Department = department ?? throw new ArgumentNullException(nameof(department));
        Party = Guard.Defined(party);
        ItemCode = Guard.Code(itemCode);
        if (platformSource is not null && platformSource.FindItem(itemCode) is null)
        {
            throw new ArgumentException($"Catalog entry '{platformSource.ResourceCode}' has no item '{itemCode}'.", nameof(platformSource));
        }

        PlatformSource = platformSource;
    }

    /// <summary>The department that would ask.</summary>
    public Department Department { get; }

    /// <summary>Whom it would ask.</summary>
    public PartyKind Party { get; }

    /// <summary>The data item wanted.</summary>
    public string ItemCode { get; }

    /// <summary>The catalog entry on the platform that holds the item, or null.</summary>
    public CatalogEntry? PlatformSource { get; }
}

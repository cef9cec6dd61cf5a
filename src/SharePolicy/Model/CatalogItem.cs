namespace SharePolicy.Model;

/// <summary>One data item (信息项) of a catalogued resource.</summary>
public sealed record CatalogItem
{
    /// <summary>Creates a catalog item.</summary>
    /// <param name="code">The item's code, unique within its entry.</param>
    /// <param name="name">The item's name.</param>
    /// <param name="kind">Base item or business item (Art. 10(2)).</param>
    /// <param name="shareType">The item's own share type; null when it follows its entry's.</param>
    /// <exception cref="ArgumentException">The code is not a code, the name has no visible character, or an enum value is not defined.</exception>
    public CatalogItem(string code, string name, ItemKind kind, ShareType? shareType = null)
    {
        Code = Guard.Code(code);
        Name = Guard.Name(name);
        Kind = Guard.Defined(kind);
        ShareType = shareType is { } type ? Guard.Defined(type, nameof(shareType)) : null;
    }

    /// <summary>The item's code, unique within its entry.</summary>
    public string Code { get; }

    /// <summary>The item's name.</summary>
    public string Name { get; }

    /// <summary>Base item or business item.</summary>
    public ItemKind Kind { get; }

    /// <summary>The item's own share type; null when it follows its entry's.</summary>
    public ShareType? ShareType { get; }
}

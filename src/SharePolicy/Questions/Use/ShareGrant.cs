using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>What a provider granted a requester: the items, the purpose they may be used for and the share method (Art. 12 ¶2).</summary>
public sealed record ShareGrant
{
    /// <summary>Creates a grant.</summary>
    /// <param name="grantee">The department the data was granted to.</param>
    /// <param name="resourceCode">The resource the data comes from.</param>
    /// <param name="items">The items granted (the share scope); at least one.</param>
    /// <param name="purpose">The use and the duty the grant is for.</param>
    /// <exception cref="ArgumentException">A value is missing or empty.</exception>
    public ShareGrant(Department grantee, string resourceCode, IEnumerable<string> items, Purpose purpose)
    {
        Grantee = grantee ?? throw new ArgumentNullException(nameof(grantee));
        ResourceCode = Guard.Code(resourceCode);
        Items = Guard.Codes(items, ModelLimits.MaxItemsPerEntry);
        if (Items.Count == 0)
        {
            throw new ArgumentException($"A grant of '{resourceCode}' must cover at least one item.", nameof(items));
        }

        Purpose = purpose ?? throw new ArgumentNullException(nameof(purpose));
    }

    /// <summary>The department the data was granted to.</summary>
    public Department Grantee { get; }

    /// <summary>The resource the data comes from.</summary>
    public string ResourceCode { get; }

    /// <summary>The items granted.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>The use and the duty the grant is for.</summary>
    public Purpose Purpose { get; }

    /// <summary>How the data is provided (系统对接, 前置机共享, 联机查询, 部门批量下载); null when the grant does not say.</summary>
    /// <exception cref="ArgumentException">The value is not defined.</exception>
    public ShareMethod? Method
    {
        get;
        init => field = value is { } method ? Guard.Defined(method, nameof(Method)) : null;
    }
}

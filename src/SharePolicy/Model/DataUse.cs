namespace SharePolicy.Model;

/// <summary>What a provider granted a requester: the items, and the purpose they may be used for (Art. 12 ¶2).</summary>
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
}

/// <summary>One use a department makes of shared data, to be checked against its grant (Art. 14).</summary>
public sealed record DataUse
{
    /// <summary>Creates a use.</summary>
    /// <param name="user">The department using the data.</param>
    /// <param name="purpose">The use it makes of the data and the duty that use serves.</param>
    /// <param name="items">The items used; at least one.</param>
    /// <exception cref="ArgumentException">A value is missing or empty.</exception>
    public DataUse(Department user, Purpose purpose, IEnumerable<string> items)
    {
        User = user ?? throw new ArgumentNullException(nameof(user));
        Purpose = purpose ?? throw new ArgumentNullException(nameof(purpose));
        Items = Guard.Codes(items, ModelLimits.MaxItemsPerEntry);
        if (Items.Count == 0)
        {
            throw new ArgumentException("A use must name at least one item.", nameof(items));
        }
    }

    /// <summary>The department using the data.</summary>
    public Department User { get; }

    /// <summary>The use and the duty it serves.</summary>
    public Purpose Purpose { get; }

    /// <summary>The items used.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>True when the use hands the data to a third party (Art. 14 ¶2).</summary>
    public bool PassesToThirdParty { get; init; }

    /// <summary>True when the data is passed on in a changed form, e.g. aggregated or re-keyed (Art. 14 ¶2: still forbidden).</summary>
    public bool InChangedForm { get; init; }
}

/// <summary>The outcome of a use check (Art. 14); least restrictive first.</summary>
public enum UseOutcome
{
    /// <summary>The use is within the grant: its purpose, its scope and the user's own duties.</summary>
    Allowed,

    /// <summary>The use is not allowed.</summary>
    Denied,
}

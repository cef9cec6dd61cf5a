using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Questions;

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

    /// <summary>
    /// The resource the data used comes from, as the use record states it; null when the record does not say, and the
    /// use is then taken to be of the grant's resource.
    /// </summary>
    /// <exception cref="ArgumentException">The value is not a code.</exception>
    public string? ResourceCode
    {
        get;
        init => field = value is null ? null : Guard.Code(value, nameof(ResourceCode));
    }

    /// <summary>True when the use hands the data to a third party (Art. 14 ¶2).</summary>
    public bool PassesToThirdParty { get; init; }

    /// <summary>True when the data is passed on in a changed form, e.g. aggregated or re-keyed (Art. 14 ¶2: still forbidden).</summary>
    public bool InChangedForm { get; init; }

    /// <summary>
    /// True when the provider agreed to this use's wider scope of use: items or a resource beyond the grant (Regulations
    /// Art. 25 ¶1: "确需扩大使用范围…的，应当经政务数据提供部门同意"). The Measures allow no such use (Art. 14).
    /// </summary>
    public bool WiderScopeConsented { get; init; }

    /// <summary>True when the provider agreed to this use's other purpose (Regulations Art. 25 ¶1).</summary>
    public bool OtherPurposeConsented { get; init; }

    /// <summary>True when the provider agreed to the data's passing to this third party (Regulations Art. 25 ¶1).</summary>
    public bool ThirdPartyConsented { get; init; }

    /// <summary>
    /// When the use was made; the rules that judge it are those in force that day. Null when it is not known, or the use
    /// is only planned: the rules in force on the day of the decision judge it.
    /// </summary>
    public Instant? UsedAt { get; init; }
}

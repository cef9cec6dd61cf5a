namespace SharePolicy.Model;

/// <summary>
/// An entry of a department's information resource catalog (政务信息资源目录, Art. 7–8):
/// what the resource is, who provides it, how it may be shared and through which network.
/// </summary>
public sealed class CatalogEntry
{
    // Each method once, with room for a host that lists one twice; more is not a catalog entry.
    private const int MaxShareMethods = 16;

    /// <summary>Creates a catalog entry.</summary>
    /// <param name="resourceCode">The resource's catalog code.</param>
    /// <param name="name">The resource's name.</param>
    /// <param name="provider">The department that provides it.</param>
    /// <param name="category">Base, thematic or departmental resource.</param>
    /// <param name="shareType">The share type the catalog states for the resource (Art. 9).</param>
    /// <param name="items">The resource's data items: at least one, with distinct codes.</param>
    /// <exception cref="ArgumentException">
    /// A value is missing or not defined, a code is not a code, a name has no visible character, there are no items or
    /// more than <see cref="ModelLimits.MaxItemsPerEntry"/>, or item codes repeat.
    /// </exception>
    public CatalogEntry(
        string resourceCode,
        string name,
        Department provider,
        ResourceCategory category,
        ShareType shareType,
        IEnumerable<CatalogItem> items)
    {
        ResourceCode = Guard.Code(resourceCode);
        Name = Guard.Name(name);
        Provider = provider ?? throw new ArgumentNullException(nameof(provider));
        Category = Guard.Defined(category);
        ShareType = Guard.Defined(shareType);
        Items = Guard.Copy(items, ModelLimits.MaxItemsPerEntry);
        if (Items.Count == 0)
        {
            throw new ArgumentException($"Catalog entry '{ResourceCode}' must have at least one item.", nameof(items));
        }

        // Looked up once per requested item: a linear search would make a request's check quadratic.
        _byCode = new Dictionary<string, CatalogItem>(Items.Count, StringComparer.Ordinal);
        foreach (var item in Items)
        {
            if (!_byCode.TryAdd(item.Code, item))
            {
                throw new ArgumentException($"Catalog entry '{ResourceCode}' lists item code '{item.Code}' more than once.", nameof(items));
            }
        }
    }

    private readonly Dictionary<string, CatalogItem> _byCode;

    /// <summary>The resource's catalog code.</summary>
    public string ResourceCode { get; }

    /// <summary>The resource's name.</summary>
    public string Name { get; }

    /// <summary>The department that provides the resource.</summary>
    public Department Provider { get; }

    /// <summary>Base, thematic or departmental resource.</summary>
    public ResourceCategory Category { get; }

    /// <summary>The share type the catalog states for the resource; an item may state its own.</summary>
    public ShareType ShareType { get; }

    /// <summary>The resource's data items.</summary>
    public IReadOnlyList<CatalogItem> Items { get; }

    /// <summary>For a base resource, which one it is (e.g. 人口; the rule set lists the names it knows); null otherwise.</summary>
    public string? BaseResource
    {
        get;
        init => field = Guard.OptionalName(value, nameof(BaseResource));
    }

    /// <summary>For a Conditional resource, the conditions of sharing the catalog states.</summary>
    public string? ShareConditions
    {
        get;
        init => field = Guard.OptionalText(value, nameof(ShareConditions));
    }

    /// <summary>The share methods the provider offers (Art. 12 ¶2); empty when the catalog states none.</summary>
    public IReadOnlyList<ShareMethod> ShareMethods
    {
        get;
        init => field = Guard.AllDefined(Guard.Copy(value, MaxShareMethods, nameof(ShareMethods)), nameof(ShareMethods));
    } = [];

    /// <summary>The network the resource is shared on (Art. 11).</summary>
    public NetworkZone Zone
    {
        get;
        init => field = Guard.Defined(value, nameof(Zone));
    } = NetworkZone.External;

    /// <summary>The basis of a NotShared classification (Art. 10(1)); null when none is stated.</summary>
    public LegalBasis? LegalBasis { get; init; }

    /// <summary>The data format the catalog states (Art. 7), e.g. 结构化数据 / CSV; null when none is stated.</summary>
    public string? Format
    {
        get;
        init => field = Guard.OptionalName(value, nameof(Format));
    }

    /// <summary>How often the provider updates the data (更新时限, Art. 7), e.g. 实时, 每日; null when none is stated.</summary>
    public string? UpdateCycle
    {
        get;
        init => field = Guard.OptionalName(value, nameof(UpdateCycle));
    }

    /// <summary>True when the resource involves state secrets (涉密): it belongs on the internal network platform (Art. 11, 20).</summary>
    public bool Classified { get; init; }

    /// <summary>
    /// True when the resource is a work secret (工作秘密): under the Regulations, like a state secret, it is not government
    /// data at all (Art. 3 ¶1) and is not shared through the platform.
    /// </summary>
    public bool WorkSecret { get; init; }

    /// <summary>
    /// True when the department made the assessments the law requires before cataloguing the entry: of the risk to secrets,
    /// of the impact on personal information, and any other (Regulations Art. 13 ¶1: "依法开展保密风险、个人信息保护影响等评估").
    /// </summary>
    public bool AssessedAsLawRequires { get; init; }

    /// <summary>True when the head of the department reviewed and agreed to the entry (Regulations Art. 13 ¶1: "经部门负责人审核同意").</summary>
    public bool ApprovedByDepartmentHead { get; init; }

    /// <summary>
    /// Where the entry stands with the sharing authority (Regulations Art. 16 ¶1: it reviews a department's catalog and
    /// publishes it); <see cref="CatalogStatus.Published"/> unless stated. Under the Regulations only a published entry
    /// is applied for (Art. 20 ¶2).
    /// </summary>
    public CatalogStatus Status
    {
        get;
        init => field = Guard.Defined(value, nameof(Status));
    } = CatalogStatus.Published;

    /// <summary>The data's classification and grading level the catalog states (Regulations Art. 13 ¶2); null when it states none.</summary>
    public DataGrade? Grade
    {
        get;
        init => field = value is { } grade ? Guard.Defined(grade, nameof(Grade)) : null;
    }

    /// <summary>
    /// True when the resource can be reached through a sharing platform (Art. 10(3), 11); a catalog entry
    /// registered on the platform is, so this is true unless the host says otherwise.
    /// </summary>
    public bool ConnectedToPlatform { get; init; } = true;

    /// <summary>Finds an item by code.</summary>
    /// <returns>The item, or null when the entry has none with that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public CatalogItem? FindItem(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.GetValueOrDefault(code);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{ResourceCode} {Name}";
}

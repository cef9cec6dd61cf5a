using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>A department's request for shared data from one catalogued resource (Art. 12 ¶1).</summary>
public sealed class AccessRequest
{
    /// <summary>Creates an access request.</summary>
    /// <param name="requester">The requesting department (使用部门).</param>
    /// <param name="resourceCode">The catalog code of the resource asked for.</param>
    /// <param name="requestedItems">Codes of the items asked for; empty asks for every item of the resource.</param>
    /// <param name="purpose">The stated purpose; null when the request states none (it is then not granted, Art. 5(2)).</param>
    /// <param name="method">How the requester wants the data delivered.</param>
    /// <param name="submittedAt">When the request reached the platform.</param>
    /// <exception cref="ArgumentException">
    /// A value is missing or not defined, a code is not a code, more than <see cref="ModelLimits.MaxItemsPerEntry"/> items
    /// are asked for, or an item code repeats.
    /// </exception>
    public AccessRequest(
        Department requester,
        string resourceCode,
        IEnumerable<string> requestedItems,
        Purpose? purpose,
        ShareMethod method,
        Instant submittedAt)
    {
        Requester = requester ?? throw new ArgumentNullException(nameof(requester));
        ResourceCode = Guard.Code(resourceCode);
        RequestedItems = Guard.Codes(requestedItems, ModelLimits.MaxItemsPerEntry);
        var seen = new HashSet<string>(RequestedItems.Count, StringComparer.Ordinal);
        foreach (var code in RequestedItems)
        {
            if (!seen.Add(code))
            {
                throw new ArgumentException($"Item code '{code}' is requested more than once.", nameof(requestedItems));
            }
        }

        Purpose = purpose;
        Method = Guard.Defined(method);
        SubmittedAt = submittedAt;
    }

    /// <summary>The requesting department.</summary>
    public Department Requester { get; }

    /// <summary>The catalog code of the resource asked for.</summary>
    public string ResourceCode { get; }

    /// <summary>Codes of the items asked for; empty asks for every item of the resource.</summary>
    public IReadOnlyList<string> RequestedItems { get; }

    /// <summary>The stated purpose, or null when the request states none.</summary>
    public Purpose? Purpose { get; }

    /// <summary>How the requester wants the data delivered.</summary>
    public ShareMethod Method { get; }

    /// <summary>When the request reached the platform.</summary>
    public Instant SubmittedAt { get; }

    /// <summary>
    /// The basis of use an application states (使用依据, Regulations Art. 20 ¶2): the law, regulation or duty the use
    /// rests on; null when it states none.
    /// </summary>
    public string? UseBasis
    {
        get;
        init => field = Guard.OptionalText(value, nameof(UseBasis));
    }

    /// <summary>The scope of use an application states (使用范围, Regulations Art. 20 ¶2); null when it states none.</summary>
    public string? UseScope
    {
        get;
        init => field = Guard.OptionalText(value, nameof(UseScope));
    }

    /// <summary>The last day of the period of use an application states (使用时限, Regulations Art. 20 ¶2); null when it states none.</summary>
    public LocalDate? UseUntil { get; init; }

    /// <summary>
    /// True when the head of the requester's sharing unit agreed to the application (经本部门政务数据共享工作机构负责人同意,
    /// Regulations Art. 20 ¶2).
    /// </summary>
    public bool ApprovedByUnitHead { get; init; }

    /// <summary>
    /// When the materials the provider said were missing reached the platform (Regulations Art. 21 ¶2); null when none
    /// were asked for or none have come. Whether the reply period then counts from them is a reading
    /// (<see cref="Rules.LegalReadings.ClockRestartsWhenMaterialsArrive"/>).
    /// </summary>
    public Instant? MaterialsSuppliedAt
    {
        get;
        init => field = value is { } supplied && supplied < SubmittedAt
            ? throw new ArgumentException($"The missing materials cannot arrive at {supplied}, before the application at {SubmittedAt}.", nameof(MaterialsSuppliedAt))
            : value;
    }

    /// <summary>The network the request comes through: the internal or the external sharing platform (Art. 11).</summary>
    public NetworkZone Network
    {
        get;
        init => field = Guard.Defined(value, nameof(Network));
    } = NetworkZone.External;

    /// <summary>
    /// What the request reaches the provider through; <see cref="SharingChannel.SharingPlatform"/> unless it says. Under the
    /// Regulations a request through an exchange system built apart from the integrated system is refused (Art. 31, 32).
    /// </summary>
    /// <exception cref="ArgumentException">The value is not defined.</exception>
    public SharingChannel Channel
    {
        get;
        init => field = Guard.Defined(value, nameof(Channel));
    }
}

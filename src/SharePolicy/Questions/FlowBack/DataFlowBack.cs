using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>
/// Data an upper-level department's business systems collected or produced on a lower region, which a department of that
/// region needs back (数据回流, Regulations Art. 24), and when it asked.
/// </summary>
public sealed record DataFlowBack
{
    /// <summary>Creates a flow-back case.</summary>
    /// <param name="provider">The department whose business systems hold the data.</param>
    /// <param name="recipient">The department that needs it back.</param>
    /// <param name="resourceCode">The resource concerned.</param>
    /// <param name="dataRegion">The administrative division the data was collected or produced on, as its code.</param>
    /// <param name="neededForDuties">True when the recipient needs the data to perform its duties (根据……履行职责的需要).</param>
    /// <param name="requestedAt">When the recipient asked for it.</param>
    /// <exception cref="ArgumentNullException">A department is null.</exception>
    /// <exception cref="ArgumentException">The code or the region is not one (<see cref="ModelLimits"/>).</exception>
    public DataFlowBack(Department provider, Department recipient, string resourceCode, string dataRegion, bool neededForDuties, Instant requestedAt)
    {
        Provider = provider ?? throw new ArgumentNullException(nameof(provider));
        Recipient = recipient ?? throw new ArgumentNullException(nameof(recipient));
        ResourceCode = Guard.Code(resourceCode);
        DataRegion = Guard.Region(dataRegion);
        NeededForDuties = neededForDuties;
        RequestedAt = requestedAt;
    }

    /// <summary>The department whose business systems hold the data.</summary>
    public Department Provider { get; }

    /// <summary>The department that needs it back.</summary>
    public Department Recipient { get; }

    /// <summary>The resource concerned.</summary>
    public string ResourceCode { get; }

    /// <summary>The administrative division the data was collected or produced on.</summary>
    public string DataRegion { get; }

    /// <summary>True when the recipient needs the data to perform its duties.</summary>
    public bool NeededForDuties { get; }

    /// <summary>When the recipient asked for it: the rule sets in force that day decide.</summary>
    public Instant RequestedAt { get; }

    /// <summary>
    /// Conditions the provider sets on returning the data, if any; null when it sets none. Art. 24 ¶1 allows none
    /// (不得设置额外的限制条件).
    /// </summary>
    /// <exception cref="ArgumentException">The text has no visible character or is too long (<see cref="ModelLimits"/>).</exception>
    public string? ExtraConditions
    {
        get;
        init => field = Guard.OptionalText(value, nameof(ExtraConditions));
    }
}

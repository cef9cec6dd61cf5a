using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>
/// A provider's plan to end or change a sharing service it already provides to a requester, and how far it has gone
/// towards doing so lawfully (Regulations Art. 27 ¶3).
/// </summary>
public sealed record ServiceChange
{
    /// <summary>Creates the plan.</summary>
    /// <param name="provider">The department that provides the service.</param>
    /// <param name="requester">The department it serves.</param>
    /// <param name="resourceCode">The resource the service shares.</param>
    /// <param name="kind">Whether the service is to end or to change.</param>
    /// <param name="plannedAt">When the provider means to end or change it: the rule sets in force that day decide.</param>
    /// <exception cref="ArgumentNullException">A department is null.</exception>
    /// <exception cref="ArgumentException">The code is not a code, or the kind is not defined.</exception>
    public ServiceChange(Department provider, Department requester, string resourceCode, ServiceChangeKind kind, Instant plannedAt)
    {
        Provider = provider ?? throw new ArgumentNullException(nameof(provider));
        Requester = requester ?? throw new ArgumentNullException(nameof(requester));
        ResourceCode = Guard.Code(resourceCode);
        Kind = Guard.Defined(kind);
        PlannedAt = plannedAt;
    }

    /// <summary>The department that provides the service.</summary>
    public Department Provider { get; }

    /// <summary>The department it serves.</summary>
    public Department Requester { get; }

    /// <summary>The resource the service shares.</summary>
    public string ResourceCode { get; }

    /// <summary>Whether the service is to end or to change.</summary>
    public ServiceChangeKind Kind { get; }

    /// <summary>When the provider means to end or change it.</summary>
    public Instant PlannedAt { get; }

    /// <summary>The good reason it has (正当理由); null when it has none. Without one it may not end or change the service.</summary>
    /// <exception cref="ArgumentException">The text has no visible character or is too long (<see cref="ModelLimits"/>).</exception>
    public string? Reason
    {
        get;
        init => field = Guard.OptionalText(value, nameof(Reason));
    }

    /// <summary>True when the provider has consulted the requester (与政务数据需求部门协商).</summary>
    public bool RequesterConsulted { get; init; }

    /// <summary>True when the provider has filed the change with the same-level sharing authority (报……备案).</summary>
    public bool FiledWithAuthority { get; init; }
}

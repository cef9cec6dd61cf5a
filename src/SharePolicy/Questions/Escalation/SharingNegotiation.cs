using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>
/// A requester's need for data that is NotShared, or Conditional and refused, which it needs for its duties
/// (Art. 12 ¶1): negotiated with the provider, and escalated if that fails.
/// </summary>
public sealed record SharingNegotiation
{
    /// <summary>Creates a negotiation.</summary>
    /// <param name="requester">The department that needs the data.</param>
    /// <param name="provider">The department that holds it.</param>
    /// <param name="resourceCode">The resource concerned.</param>
    /// <param name="failed">True when requester and provider negotiated and did not agree (协商未果).</param>
    /// <exception cref="ArgumentException">A value is missing or empty.</exception>
    public SharingNegotiation(Department requester, Department provider, string resourceCode, bool failed)
    {
        Requester = requester ?? throw new ArgumentNullException(nameof(requester));
        Provider = provider ?? throw new ArgumentNullException(nameof(provider));
        ResourceCode = Guard.Code(resourceCode);
        Failed = failed;
    }

    /// <summary>The department that needs the data.</summary>
    public Department Requester { get; }

    /// <summary>The department that holds it.</summary>
    public Department Provider { get; }

    /// <summary>The resource concerned.</summary>
    public string ResourceCode { get; }

    /// <summary>True when the negotiation failed.</summary>
    public bool Failed { get; }

    /// <summary>
    /// True when a sharing authority coordinated and the parties still did not agree: under the Regulations the
    /// authority's people's government then decides (Art. 28 ¶2).
    /// </summary>
    public bool CoordinationFailed { get; init; }
}

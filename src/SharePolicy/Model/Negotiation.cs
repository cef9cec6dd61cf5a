namespace SharePolicy.Model;

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
}

/// <summary>Who resolves a need for data that is not shared (Art. 12 ¶1); ordered by how far it is escalated.</summary>
public enum EscalationOutcome
{
    /// <summary>Requester and provider negotiate (协商解决).</summary>
    Negotiate,

    /// <summary>The same-level sharing authority coordinates (本级政务信息资源共享主管部门协调解决).</summary>
    SameLevelAuthority,

    /// <summary>The joint conference coordinates, where central departments are involved (联席会议协调解决).</summary>
    JointConference,
}

/// <summary>Whether a provider's reply meets the Measures (Art. 12); least restrictive first.</summary>
public enum ReplyReviewOutcome
{
    /// <summary>In time, and stating what the Measures require.</summary>
    Sound,

    /// <summary>
    /// Stating what the Measures require, but whether it came in time cannot be said: its deadline counts days of a
    /// year whose holiday notice is not loaded, and the reply came within them.
    /// </summary>
    TimelinessUndetermined,

    /// <summary>Late, or missing what the Measures require.</summary>
    Defective,
}

/// <summary>Whether a catalog entry meets the Measures (Art. 7–11); least restrictive first.</summary>
public enum CatalogValidationOutcome
{
    /// <summary>No breach found.</summary>
    Valid,

    /// <summary>The entry breaches at least one requirement; the reasons name each.</summary>
    Invalid,
}

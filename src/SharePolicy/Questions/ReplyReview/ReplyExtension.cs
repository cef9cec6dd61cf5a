namespace SharePolicy.Questions;

/// <summary>
/// A provider's extension of its reply period (Regulations Art. 21 ¶1: for special reasons, by at most 10 working days,
/// approved by the same-level sharing authority and told to the requester). The rules judge whether it stands.
/// </summary>
public sealed record ReplyExtension
{
    /// <summary>Creates an extension.</summary>
    /// <param name="workingDays">By how many working days the reply period is extended: 1 to 366 (the rules say how many may be).</param>
    /// <param name="approvedByAuthority">True when the same-level sharing authority approved it.</param>
    /// <param name="requesterNotified">True when the requester was told of it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is below 1 or above 366.</exception>
    public ReplyExtension(int workingDays, bool approvedByAuthority, bool requesterNotified)
    {
        WorkingDays = workingDays is >= 1 and <= 366
            ? workingDays
            : throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, "An extension is of 1 to 366 working days.");
        ApprovedByAuthority = approvedByAuthority;
        RequesterNotified = requesterNotified;
    }

    /// <summary>By how many working days the reply period is extended.</summary>
    public int WorkingDays { get; }

    /// <summary>True when the same-level sharing authority approved the extension.</summary>
    public bool ApprovedByAuthority { get; }

    /// <summary>True when the requester was told of the extension.</summary>
    public bool RequesterNotified { get; }
}

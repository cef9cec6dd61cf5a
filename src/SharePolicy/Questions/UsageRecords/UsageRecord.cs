using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>A requester's record of its use of shared data (Regulations Art. 29 ¶2), and when it was made.</summary>
public sealed record UsageRecord
{
    /// <summary>Creates a usage record.</summary>
    /// <param name="requester">The department whose record it is.</param>
    /// <param name="resourceCode">The resource whose use it records.</param>
    /// <param name="kind">What it records.</param>
    /// <param name="madeAt">When it was made: the keeping period counts from its day.</param>
    /// <exception cref="ArgumentNullException">The department is null.</exception>
    /// <exception cref="ArgumentException">The code is not a code, or the kind is not defined.</exception>
    public UsageRecord(Department requester, string resourceCode, UsageRecordKind kind, Instant madeAt)
    {
        Requester = requester ?? throw new ArgumentNullException(nameof(requester));
        ResourceCode = Guard.Code(resourceCode);
        Kind = Guard.Defined(kind);
        MadeAt = madeAt;
    }

    /// <summary>The department whose record it is.</summary>
    public Department Requester { get; }

    /// <summary>The resource whose use it records.</summary>
    public string ResourceCode { get; }

    /// <summary>What it records.</summary>
    public UsageRecordKind Kind { get; }

    /// <summary>When it was made.</summary>
    public Instant MadeAt { get; }
}

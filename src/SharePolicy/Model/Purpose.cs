namespace SharePolicy.Model;

/// <summary>
/// The purpose a requester states for shared data (Art. 5(2), 12 ¶2): the use it will make of it
/// and the duty of its own that the use serves.
/// </summary>
public sealed record Purpose
{
    /// <summary>Creates a purpose.</summary>
    /// <param name="use">What the data will be used as.</param>
    /// <param name="duty">The requester's duty the use serves, e.g. 社会救助资格审核.</param>
    /// <exception cref="ArgumentException">The duty has no visible character or is too long, or the use is not defined.</exception>
    public Purpose(UsePurpose use, string duty)
    {
        Use = Guard.Defined(use);
        Duty = Guard.Text(duty);
    }

    /// <summary>What the data will be used as.</summary>
    public UsePurpose Use { get; }

    /// <summary>The requester's duty the use serves.</summary>
    public string Duty { get; }
}

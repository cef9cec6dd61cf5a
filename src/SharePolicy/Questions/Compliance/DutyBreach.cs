using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>
/// A breach of a duty of the Regulations a department's record shows (Art. 39–41): the duty and what was found, e.g.
/// <c>UsageRecords</c>, "使用记录仅保存1年".
/// </summary>
public sealed record DutyBreach
{
    /// <summary>Creates the record of a breach.</summary>
    /// <param name="duty">The duty breached.</param>
    /// <param name="description">What was found.</param>
    /// <exception cref="ArgumentException">The duty is not defined, or the description has no visible character or is too long.</exception>
    public DutyBreach(SharingDuty duty, string description)
    {
        Duty = Guard.Defined(duty);
        Description = Guard.Text(description);
    }

    /// <summary>The duty breached.</summary>
    public SharingDuty Duty { get; }

    /// <summary>What was found.</summary>
    public string Description { get; }
}

using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>
/// A breach of the Measures the other kinds of record entry do not name (Art. 24(5), 违反本办法规定的其他行为), e.g.
/// demanding again from an applicant what the platform supplies (Art. 12 ¶3): the provision breached and what was found.
/// </summary>
public sealed record OtherBreach
{
    /// <summary>Creates the record of a breach.</summary>
    /// <param name="provision">The provision breached, as the finding will name it, e.g. 第十二条第三款.</param>
    /// <param name="description">What was found.</param>
    /// <exception cref="ArgumentException">A value has no visible character or is too long.</exception>
    public OtherBreach(string provision, string description)
    {
        Provision = Guard.Name(provision);
        Description = Guard.Text(description);
    }

    /// <summary>The provision breached.</summary>
    public string Provision { get; }

    /// <summary>What was found.</summary>
    public string Description { get; }
}

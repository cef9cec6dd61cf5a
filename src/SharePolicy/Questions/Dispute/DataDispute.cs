using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>
/// Shared data a department doubts or finds wrong while handling a matter for a citizen, legal person or
/// organisation (Art. 15).
/// </summary>
public sealed record DataDispute
{
    /// <summary>Creates a dispute.</summary>
    /// <param name="user">The department that doubts the data and handles the matter.</param>
    /// <param name="provider">The department that provided the data.</param>
    /// <param name="resourceCode">The resource the data comes from.</param>
    /// <param name="applicant">Whom the matter is handled for.</param>
    /// <param name="applicantHasValidProof">True when the applicant has shown lawful, valid proof (合法有效证明材料).</param>
    /// <exception cref="ArgumentException">A value is missing or empty.</exception>
    public DataDispute(Department user, Department provider, string resourceCode, PartyKind applicant, bool applicantHasValidProof)
    {
        User = user ?? throw new ArgumentNullException(nameof(user));
        Provider = provider ?? throw new ArgumentNullException(nameof(provider));
        ResourceCode = Guard.Code(resourceCode);
        Applicant = Guard.Defined(applicant);
        ApplicantHasValidProof = applicantHasValidProof;
    }

    /// <summary>The department that doubts the data and handles the matter.</summary>
    public Department User { get; }

    /// <summary>The department that provided the data.</summary>
    public Department Provider { get; }

    /// <summary>The resource the data comes from.</summary>
    public string ResourceCode { get; }

    /// <summary>Whom the matter is handled for.</summary>
    public PartyKind Applicant { get; }

    /// <summary>True when the applicant has shown lawful, valid proof.</summary>
    public bool ApplicantHasValidProof { get; }
}

using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>A quality problem found in data a provider supplied.</summary>
public sealed record QualityIssue
{
    /// <summary>Creates the record of a quality problem.</summary>
    /// <param name="resourceCode">The resource concerned.</param>
    /// <param name="kind">What is wrong.</param>
    /// <param name="description">What was found, for the finding.</param>
    /// <exception cref="ArgumentException">A value is missing or not defined, the code is not a code, or the description has no visible character.</exception>
    public QualityIssue(string resourceCode, QualityIssueKind kind, string description)
    {
        ResourceCode = Guard.Code(resourceCode);
        Kind = Guard.Defined(kind);
        Description = Guard.Text(description);
    }

    /// <summary>The resource concerned.</summary>
    public string ResourceCode { get; }

    /// <summary>What is wrong.</summary>
    public QualityIssueKind Kind { get; }

    /// <summary>What was found.</summary>
    public string Description { get; }
}

using NodaTime;

namespace SharePolicy.Model;

/// <summary>A catalog update owed after a change (Art. 8), and when it was made.</summary>
/// <param name="Change">The change that obliges the update.</param>
/// <param name="UpdatedAt">When the catalog was updated; null when it has not been.</param>
public sealed record CatalogUpdateRecord(CatalogChange Change, Instant? UpdatedAt);

/// <summary>Shared data a provider owed the platform (a reply to an application, Art. 12 ¶1), and when it came.</summary>
/// <param name="ResourceCode">The resource concerned.</param>
/// <param name="Due">The deadline the obligation carried, e.g. a ProviderReply obligation's <see cref="Obligation.Deadline"/>.</param>
/// <param name="SuppliedAt">When it was supplied; null when it has not been.</param>
public sealed record SupplyRecord(string ResourceCode, Deadline Due, Instant? SuppliedAt);

/// <summary>What is wrong with data supplied to the platform (Art. 13, 24(3)).</summary>
public enum QualityIssueKind
{
    /// <summary>不一致: differs from what the provider itself holds.</summary>
    Inconsistent,

    /// <summary>未及时更新: not updated in time.</summary>
    Stale,

    /// <summary>不符合有关规范: does not conform to the standards.</summary>
    NonConforming,

    /// <summary>无法使用: cannot be used.</summary>
    Unusable,
}

/// <summary>A quality problem found in data a provider supplied.</summary>
/// <param name="ResourceCode">The resource concerned.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Description">What was found, for the finding.</param>
public sealed record QualityIssue(string ResourceCode, QualityIssueKind Kind, string Description);

/// <summary>A use the department made of shared data, with the grant it rests on (Art. 14, 24(4)).</summary>
/// <param name="Grant">The grant.</param>
/// <param name="Use">The use.</param>
public sealed record UseRecord(ShareGrant Grant, DataUse Use);

/// <summary>An annual sharing report owed to the joint conference (Art. 18), and when it was sent.</summary>
/// <param name="Year">The year the report covers.</param>
/// <param name="SubmittedAt">When it was sent; null when it has not been.</param>
public sealed record AnnualReportRecord(int Year, Instant? SubmittedAt);

/// <summary>
/// What a compliance review looks at for one department (Art. 24): its catalog, the catalog updates it owed,
/// the shared data it owed, quality problems found in its data, its uses of shared data and its annual reports.
/// </summary>
public sealed record DepartmentRecord
{
    /// <summary>Creates an empty record of a department; fill it with the init properties.</summary>
    /// <param name="department">The department reviewed.</param>
    public DepartmentRecord(Department department)
    {
        Department = department ?? throw new ArgumentNullException(nameof(department));
    }

    /// <summary>The department reviewed.</summary>
    public Department Department { get; }

    /// <summary>True when the department has compiled its resource catalog (Art. 8).</summary>
    public bool CatalogCompiled { get; init; }

    /// <summary>The catalog updates the department owed.</summary>
    public IReadOnlyList<CatalogUpdateRecord> CatalogUpdates { get; init => field = Guard.Copy(value, nameof(CatalogUpdates)); } = [];

    /// <summary>The shared data the department owed the platform.</summary>
    public IReadOnlyList<SupplyRecord> Supplies { get; init => field = Guard.Copy(value, nameof(Supplies)); } = [];

    /// <summary>Quality problems found in data the department supplied.</summary>
    public IReadOnlyList<QualityIssue> QualityIssues { get; init => field = Guard.Copy(value, nameof(QualityIssues)); } = [];

    /// <summary>Uses the department made of shared data.</summary>
    public IReadOnlyList<UseRecord> Uses { get; init => field = Guard.Copy(value, nameof(Uses)); } = [];

    /// <summary>The annual reports the department owed.</summary>
    public IReadOnlyList<AnnualReportRecord> AnnualReports { get; init => field = Guard.Copy(value, nameof(AnnualReports)); } = [];
}

/// <summary>The outcome of a compliance review (Art. 24); least restrictive first.</summary>
public enum ComplianceOutcome
{
    /// <summary>No finding: nothing to rectify.</summary>
    Compliant,

    /// <summary>At least one finding: the NDRC notifies the department to rectify (Art. 24).</summary>
    RectificationRequired,
}

/// <summary>One breach a compliance review found, and the facts behind it.</summary>
/// <param name="Articles">What it breaches: one of Art. 24(1)–(5), and the articles the duty comes from.</param>
/// <param name="RuleId">The rule that found it.</param>
/// <param name="Text">The finding in zh-Hans and English.</param>
/// <param name="Evidence">The record entry it rests on, described.</param>
public sealed record ComplianceFinding(IReadOnlyList<ArticleReference> Articles, string RuleId, BilingualText Text, string Evidence)
{
    /// <summary>Equal when every field is, comparing <see cref="Articles"/> element by element.</summary>
    public bool Equals(ComplianceFinding? other) =>
        other is not null && RuleId == other.RuleId && Text == other.Text && Evidence == other.Evidence && Articles.SequenceEqual(other.Articles);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RuleId, Text, Evidence, Articles.Count);
}

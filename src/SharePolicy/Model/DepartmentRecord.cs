using NodaTime;

namespace SharePolicy.Model;

/// <summary>A catalog update owed after a change (Art. 8), and when it was made.</summary>
public sealed record CatalogUpdateRecord
{
    /// <summary>Creates the record of a catalog update.</summary>
    /// <param name="change">The change that obliges the update.</param>
    /// <param name="updatedAt">When the catalog was updated; null when it has not been.</param>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public CatalogUpdateRecord(CatalogChange change, Instant? updatedAt)
    {
        Change = change ?? throw new ArgumentNullException(nameof(change));
        UpdatedAt = updatedAt;
    }

    /// <summary>The change that obliges the update.</summary>
    public CatalogChange Change { get; }

    /// <summary>When the catalog was updated; null when it has not been.</summary>
    public Instant? UpdatedAt { get; }
}

/// <summary>Shared data a provider owed the platform (a reply to an application, Art. 12 ¶1), and when it came.</summary>
public sealed record SupplyRecord
{
    /// <summary>Creates the record of a supply.</summary>
    /// <param name="resourceCode">The resource concerned.</param>
    /// <param name="due">The deadline the obligation carried, e.g. a ProviderReply obligation's <see cref="Obligation.Deadline"/>.</param>
    /// <param name="suppliedAt">When it was supplied; null when it has not been.</param>
    /// <exception cref="ArgumentException">A value is missing, or the code is not a code.</exception>
    public SupplyRecord(string resourceCode, Deadline due, Instant? suppliedAt)
    {
        ResourceCode = Guard.Code(resourceCode);
        Due = due ?? throw new ArgumentNullException(nameof(due));
        SuppliedAt = suppliedAt;
    }

    /// <summary>The resource concerned.</summary>
    public string ResourceCode { get; }

    /// <summary>The deadline the obligation carried.</summary>
    public Deadline Due { get; }

    /// <summary>When it was supplied; null when it has not been.</summary>
    public Instant? SuppliedAt { get; }
}

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

/// <summary>A use the department made of shared data, with the grant it rests on (Art. 14, 24(4)).</summary>
public sealed record UseRecord
{
    /// <summary>Creates the record of a use.</summary>
    /// <param name="grant">The grant.</param>
    /// <param name="use">The use.</param>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    public UseRecord(ShareGrant grant, DataUse use)
    {
        Grant = grant ?? throw new ArgumentNullException(nameof(grant));
        Use = use ?? throw new ArgumentNullException(nameof(use));
    }

    /// <summary>The grant.</summary>
    public ShareGrant Grant { get; }

    /// <summary>The use.</summary>
    public DataUse Use { get; }
}

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
    public IReadOnlyList<CatalogUpdateRecord> CatalogUpdates { get; init => field = Guard.Copy(value, ModelLimits.MaxRecordEntries, nameof(CatalogUpdates)); } = [];

    /// <summary>The shared data the department owed the platform.</summary>
    public IReadOnlyList<SupplyRecord> Supplies { get; init => field = Guard.Copy(value, ModelLimits.MaxRecordEntries, nameof(Supplies)); } = [];

    /// <summary>Quality problems found in data the department supplied.</summary>
    public IReadOnlyList<QualityIssue> QualityIssues { get; init => field = Guard.Copy(value, ModelLimits.MaxRecordEntries, nameof(QualityIssues)); } = [];

    /// <summary>Uses the department made of shared data.</summary>
    public IReadOnlyList<UseRecord> Uses { get; init => field = Guard.Copy(value, ModelLimits.MaxRecordEntries, nameof(Uses)); } = [];

    /// <summary>The annual reports the department owed.</summary>
    public IReadOnlyList<AnnualReportRecord> AnnualReports { get; init => field = Guard.Copy(value, ModelLimits.MaxRecordEntries, nameof(AnnualReports)); } = [];
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
/// <exception cref="ArgumentNullException">A value is null.</exception>
public sealed record ComplianceFinding(IReadOnlyList<ArticleReference> Articles, string RuleId, BilingualText Text, string Evidence)
{
    /// <summary>What it breaches: one of Art. 24(1)–(5), and the articles the duty comes from.</summary>
    public IReadOnlyList<ArticleReference> Articles { get; init => field = value ?? throw new ArgumentNullException(nameof(Articles)); } = Articles ?? throw new ArgumentNullException(nameof(Articles));

    /// <summary>The rule that found it.</summary>
    public string RuleId { get; init => field = value ?? throw new ArgumentNullException(nameof(RuleId)); } = RuleId ?? throw new ArgumentNullException(nameof(RuleId));

    /// <summary>The finding in zh-Hans and English.</summary>
    public BilingualText Text { get; init => field = value ?? throw new ArgumentNullException(nameof(Text)); } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>The record entry it rests on, described.</summary>
    public string Evidence { get; init => field = value ?? throw new ArgumentNullException(nameof(Evidence)); } = Evidence ?? throw new ArgumentNullException(nameof(Evidence));

    /// <summary>Equal when every field is, comparing <see cref="Articles"/> element by element.</summary>
    public bool Equals(ComplianceFinding? other) =>
        other is not null && RuleId == other.RuleId && Text == other.Text && Evidence == other.Evidence && Articles.SequenceEqual(other.Articles);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RuleId, Text, Evidence, Articles.Count);
}

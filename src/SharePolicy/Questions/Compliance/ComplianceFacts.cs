using NodaTime;
using SharePolicy.Model;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// What a compliance rule's condition sees (Art. 24): one entry of a department's record, by
/// <see cref="Kind"/>, with where it stands against its deadline at the time of the review.
/// </summary>
public sealed class ComplianceFacts : RuleFacts
{
    internal ComplianceFacts(DepartmentRecord record, Instant reviewedAt, ComplianceEntryKind kind, string evidence)
    {
        Record = record;
        ReviewedAt = reviewedAt;
        Kind = kind;
        Evidence = evidence;
    }

    /// <summary>The whole record.</summary>
    public DepartmentRecord Record { get; }

    /// <summary>When the review is made.</summary>
    public Instant ReviewedAt { get; }

    /// <summary>Which part of the record this fact holds; the other parts are null.</summary>
    public ComplianceEntryKind Kind { get; }

    /// <summary>For <see cref="ComplianceEntryKind.Catalog"/>: whether the catalog is compiled.</summary>
    public bool CatalogCompiled => Record.CatalogCompiled;

    /// <summary>For <see cref="ComplianceEntryKind.CatalogUpdate"/>: the update owed.</summary>
    public CatalogUpdateRecord? CatalogUpdate { get; init; }

    /// <summary>For <see cref="ComplianceEntryKind.Supply"/>: the data owed.</summary>
    public SupplyRecord? Supply { get; init; }

    /// <summary>For <see cref="ComplianceEntryKind.Quality"/>: the problem found.</summary>
    public QualityIssue? Quality { get; init; }

    /// <summary>For <see cref="ComplianceEntryKind.Use"/>: the use and its grant.</summary>
    public UseRecord? Use { get; init; }

    /// <summary>For <see cref="ComplianceEntryKind.Use"/>: what the use rules decide for it.</summary>
    public UseOutcome? UseCheck { get; init; }

    /// <summary>
    /// For <see cref="ComplianceEntryKind.Use"/>: the ids of the use rules that decided it, so that a use beyond its purpose
    /// and one passed to a third party are each found (Regulations Art. 40(2), 40(3)); empty for other entries.
    /// </summary>
    public IReadOnlyList<string> UseRules { get; init; } = [];

    /// <summary>For <see cref="ComplianceEntryKind.AnnualReport"/>: the report owed.</summary>
    public AnnualReportRecord? AnnualReport { get; init; }

    /// <summary>For <see cref="ComplianceEntryKind.OtherBreach"/>, the breach.</summary>
    public OtherBreach? OtherBreach { get; init; }

    /// <summary>
    /// The breach of a duty of the Regulations, for a fact of kind <see cref="ComplianceEntryKind.DutyBreach"/>; a condition
    /// reads it as <c>Breached.Duty == SharingDuty.UsageRecords</c>.
    /// </summary>
    public DutyBreach? Breached { get; init; }

    /// <summary>
    /// For catalog updates, supplies and annual reports: Pending, Met, Late or Overdue against the deadline the
    /// rules set (catalog-update, access and annual-report questions), at the time of the review; null otherwise,
    /// or when the rules set no deadline.
    /// </summary>
    public DeadlineStatus? Timeliness { get; init; }

    // The record entry described, for the finding.
    internal string Evidence { get; }
}

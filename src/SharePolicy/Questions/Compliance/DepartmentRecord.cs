using SharePolicy.Model;

namespace SharePolicy.Questions;

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

    /// <summary>Other breaches of the Measures found (Art. 24(5)).</summary>
    /// <exception cref="ArgumentException">More than <see cref="ModelLimits.MaxRecordEntries"/> entries.</exception>
    public IReadOnlyList<OtherBreach> OtherBreaches { get; init => field = Guard.Copy(value, ModelLimits.MaxRecordEntries, nameof(OtherBreaches)); } = [];

    /// <summary>Breaches of duties of the Regulations found (Art. 39–41), each a finding under the rules of its day.</summary>
    public IReadOnlyList<DutyBreach> DutyBreaches { get; init => field = Guard.Copy(value, ModelLimits.MaxRecordEntries, nameof(DutyBreaches)); } = [];
}

using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>What the annual-report question is asked about: a body and the year its report would cover.</summary>
public sealed record AnnualReportInput
{
    /// <summary>Creates the input.</summary>
    /// <param name="reporter">The body that may have to report.</param>
    /// <param name="reportingYear">The year the report covers, 1 to 9998.</param>
    /// <exception cref="ArgumentNullException">The reporter is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9998.</exception>
    public AnnualReportInput(Department reporter, int reportingYear)
    {
        Reporter = reporter ?? throw new ArgumentNullException(nameof(reporter));
        ReportingYear = reportingYear is >= 1 and <= 9998
            ? reportingYear
            : throw new ArgumentOutOfRangeException(nameof(reportingYear), reportingYear, "A reporting year is 1 to 9998; its report is due in the year after.");
    }

    /// <summary>The body that may have to report.</summary>
    public Department Reporter { get; }

    /// <summary>The year the report covers.</summary>
    public int ReportingYear { get; }
}

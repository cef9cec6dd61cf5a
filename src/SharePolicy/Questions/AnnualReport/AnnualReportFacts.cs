using NodaTime;
using SharePolicy.Model;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>What an annual-report rule's condition sees (Art. 18): the reporting body and the year reported on.</summary>
public sealed class AnnualReportFacts : RuleFacts
{
    internal AnnualReportFacts(Department reporter, int reportingYear)
    {
        Reporter = reporter;
        ReportingYear = reportingYear;
    }

    /// <summary>The body that may have to report.</summary>
    public Department Reporter { get; }

    /// <summary>The year the report covers.</summary>
    public int ReportingYear { get; }

    // The report covers a year; deadlines such as "end of February of the following year" count from its last day.
    internal override LocalDate? DeadlineStart(DateTimeZone zone, LocalTime? closeOfBusiness) => new(ReportingYear, 12, 31);
}

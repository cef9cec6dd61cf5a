using NodaTime;
using SharePolicy.Model;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// Must a body send the joint conference an annual report, and by when (Art. 18)? The event is the last day of the
/// year reported on, from which the report's deadline counts.
/// </summary>
public sealed class AnnualReportQuestion : OneFactQuestion<AnnualReportInput, AnnualReportOutcome>
{
    internal AnnualReportQuestion()
        : base("annual-report", typeof(AnnualReportFacts), AnnualReportOutcome.ReportRequired, hasDeadlines: true)
    {
    }

    internal override LocalDate EventDate(AnnualReportInput input, QuestionContext context) => new(input.ReportingYear, 12, 31);

    internal override RuleFacts Fact(AnnualReportInput input, QuestionContext context) => new AnnualReportFacts(input.Reporter, input.ReportingYear);

    internal override (AnnualReportInput Input, Instant? Time)? Bind(GivenReader given)
    {
        var map = given.Map(given.Given("report")?.Required("report"), "a report", "reporter", "year");
        var reporter = given.Department(map?.Required("reporter"));
        var year = given.Number(map?.Required("year"), "report year", 1, 9998);
        if (reporter is null || year is null)
        {
            return null;
        }

        // Asked when the year ends in Beijing, unless a scenario says otherwise.
        return (new AnnualReportInput(reporter, year.Value), new LocalDate(year.Value, 12, 31).AtStartOfDayInZone(ChinaTime.Zone).ToInstant());
    }
}

using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>The annual-report question's entry point.</summary>
public static class AnnualReportQuestionExtensions
{
    /// <summary>
    /// Must this body report the year's sharing to the joint conference, and by when (Art. 18)? The rule sets are those
    /// in force on the last day of the year reported on: a year before any was in force is answered ReportRequired
    /// with a "no rule set in force" reason.
    /// </summary>
    /// <param name="decider">The engine.</param>
    /// <param name="reporter">The body that may have to report.</param>
    /// <param name="reportingYear">The year the report covers.</param>
    /// <param name="jurisdiction">The region code whose overlays apply, instead of the engine's; null for the engine's.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9998.</exception>
    public static Decision<AnnualReportOutcome> DecideAnnualReport(this IPolicyDecider decider, Department reporter, int reportingYear, string? jurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(decider);
        return decider.Decide(PolicyQuestions.AnnualReport, new AnnualReportInput(reporter, reportingYear), jurisdiction);
    }
}

namespace SharePolicy.Questions;

/// <summary>Whether a body must send the joint conference an annual sharing report (Art. 18); least restrictive first.</summary>
public enum AnnualReportOutcome
{
    /// <summary>Art. 18 does not oblige this body to report to the joint conference.</summary>
    NotRequired,

    /// <summary>The body reports the past year's sharing by the deadline (Art. 18: the end of February).</summary>
    ReportRequired,
}

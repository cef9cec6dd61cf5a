using NodaTime;

namespace SharePolicy.Questions;

/// <summary>An annual sharing report owed to the joint conference (Art. 18), and when it was sent.</summary>
/// <param name="Year">The year the report covers.</param>
/// <param name="SubmittedAt">When it was sent; null when it has not been.</param>
public sealed record AnnualReportRecord(int Year, Instant? SubmittedAt);

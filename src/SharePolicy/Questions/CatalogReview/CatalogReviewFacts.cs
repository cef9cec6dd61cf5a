using NodaTime;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// What a catalog-review rule's condition sees (Regulations Art. 17 ¶3): the updated catalog sent to the sharing
/// authority. The authority's deadline counts from the day the catalog reached it.
/// </summary>
public sealed class CatalogReviewFacts : RuleFacts
{
    internal CatalogReviewFacts(CatalogSubmission submission)
    {
        Submission = submission;
    }

    /// <summary>The updated catalog and when it reached the authority.</summary>
    public CatalogSubmission Submission { get; }

    // Received as an application is: after close of business, on the next day.
    internal override LocalDate? DeadlineStart(DateTimeZone zone, LocalTime? closeOfBusiness) => AccessFacts.ReceiptDay(Submission.ReceivedAt, zone, closeOfBusiness);
}

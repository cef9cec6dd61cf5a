using NodaTime;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// By when must the sharing authority review and publish an updated catalog (Regulations Art. 17 ¶3: within 2 working
/// days of receiving it)? The event is the receipt: the rule sets are those in force on its day.
/// </summary>
public sealed class CatalogReviewQuestion : OneFactQuestion<CatalogSubmission, CatalogReviewOutcome>
{
    internal CatalogReviewQuestion()
        : base("catalog-review", typeof(CatalogReviewFacts), CatalogReviewOutcome.ReviewRequired, hasDeadlines: true)
    {
    }

    internal override LocalDate EventDate(CatalogSubmission input, QuestionContext context) =>
        AccessFacts.ReceiptDay(input.ReceivedAt, context.Zone, context.CloseOfBusiness);

    internal override RuleFacts Fact(CatalogSubmission input, QuestionContext context)
    {
        // The deadline counts from the day of receipt, which the calendar must be able to classify.
        context.CheckInCalendar(input.ReceivedAt, "submission");
        return new CatalogReviewFacts(input);
    }

    internal override (CatalogSubmission Input, Instant? Time)? Bind(GivenReader given)
    {
        var node = given.Given("submission")?.Required("submission");
        var map = given.Map(node, "a submission", "department", "receivedAt");
        var department = given.Department(map?.Required("department"));
        var received = given.Instant(map?.Required("receivedAt"), "submission receivedAt");
        if (department is null || received is null)
        {
            return null;
        }

        var submission = given.Make(node!, () => new CatalogSubmission(department, received.Value));
        return submission is null ? null : (submission, received.Value);
    }
}

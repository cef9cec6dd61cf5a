using NodaTime;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// Must the provider deliver shared data, and by when (Regulations Art. 22)? The event is the reply: the rule sets are
/// those in force on its day, and the delivery deadline counts from it.
/// </summary>
public sealed class DeliveryQuestion : OneFactQuestion<ProviderReply, DeliveryOutcome>
{
    internal DeliveryQuestion()
        : base("delivery", typeof(DeliveryFacts), DeliveryOutcome.DeliveryRequired, hasDeadlines: true)
    {
    }

    internal override LocalDate EventDate(ProviderReply input, QuestionContext context) => context.DateOf(input.RepliedAt);

    internal override RuleFacts Fact(ProviderReply input, QuestionContext context)
    {
        // The deadline counts from the reply's day, which the calendar must be able to classify.
        context.CheckInCalendar(input.RepliedAt, "reply");
        return new DeliveryFacts(input);
    }

    internal override (ProviderReply Input, Instant? Time)? Bind(GivenReader given)
    {
        var node = given.Given("reply")?.Required("reply");
        return ReplyReviewQuestion.ReadReply(given, node) is { } reply ? (reply, reply.RepliedAt) : null;
    }
}

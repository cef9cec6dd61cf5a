using NodaTime;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// What a delivery rule's condition sees (Regulations Art. 22): the provider's reply to an application. Deadlines count
/// from the day of the reply: delivery is due within working days of the agreeing reply, not of the application.
/// </summary>
public sealed class DeliveryFacts : RuleFacts
{
    internal DeliveryFacts(ProviderReply reply)
    {
        Reply = reply;
    }

    /// <summary>The provider's reply.</summary>
    public ProviderReply Reply { get; }

    internal override LocalDate? DeadlineStart(DateTimeZone zone, LocalTime? closeOfBusiness) => Reply.RepliedAt.InZone(zone).Date;
}

using NodaTime;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;

namespace SharePolicy.Questions;


/// <summary>
/// What becomes of data a requester obtained through sharing, once its purpose ends or after a misuse (Regulations
/// Art. 27 ¶1–2)? The event is the asking: the rule sets are those in force on its day.
/// </summary>
public sealed class DisposalQuestion : OneFactQuestion<ObtainedData, DisposalOutcome>
{
    internal DisposalQuestion()
        : base("disposal", typeof(DisposalFacts), DisposalOutcome.SharingMayEnd)
    {
    }

    internal override LocalDate EventDate(ObtainedData input, QuestionContext context) => context.DateOf(input.AskedAt);

    internal override RuleFacts Fact(ObtainedData input, QuestionContext context) => new DisposalFacts(input);

    internal override (ObtainedData Input, Instant? Time)? Bind(GivenReader given)
    {
        var node = given.Given("obtained")?.Required("obtained");
        var map = given.Map(node, "obtained data", "requester", "provider", "code", "purpose", "askedAt", "usedBeyondSharing", "givenToThirdParty", "rectification");
        var requester = given.Department(map?.Required("requester"));
        var provider = given.Department(map?.Required("provider"));
        var code = given.Text(map?.Required("code"), "obtained code");
        var purpose = given.Enum<SharingPurposeStatus>(map?.Required("purpose"), "obtained purpose");
        var asked = given.Instant(map?.Required("askedAt"), "obtained askedAt");
        var beyond = given.Bool(map?.Required("usedBeyondSharing"), "obtained usedBeyondSharing");
        var third = given.Bool(map?.Required("givenToThirdParty"), "obtained givenToThirdParty");
        var rectification = GivenReader.Optional(map, "rectification") is { } at ? given.Enum<RectificationStatus>(at, "obtained rectification") : RectificationStatus.NotConcluded;
        if (requester is null || provider is null || code is null || purpose is null || asked is null || beyond is null || third is null || rectification is null)
        {
            return null;
        }

        var data = given.Make(node!, () => new ObtainedData(requester, provider, code, purpose.Value, beyond.Value, third.Value, asked.Value)
        {
            Rectification = rectification.Value,
        });
        return data is null ? null : (data, asked.Value);
    }
}

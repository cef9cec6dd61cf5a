using NodaTime;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>Who resolves a need for data that is not shared: negotiation, the sharing authority or the joint conference (Art. 12 ¶1)?</summary>
public sealed class EscalationQuestion : OneFactQuestion<SharingNegotiation, EscalationOutcome>
{
    internal EscalationQuestion()
        : base("escalation", typeof(EscalationFacts), EscalationOutcome.JointConference)
    {
    }

    internal override RuleFacts Fact(SharingNegotiation input, QuestionContext context) => new EscalationFacts(input);

    internal override (SharingNegotiation Input, Instant? Time)? Bind(GivenReader given)
    {
        var node = given.Given("negotiation")?.Required("negotiation");
        var map = given.Map(node, "a negotiation", "requester", "provider", "code", "failed", "coordinationFailed");
        var requester = given.Department(map?.Required("requester"));
        var provider = given.Department(map?.Required("provider"));
        var code = given.Text(map?.Required("code"), "negotiation code");
        var failed = given.Bool(map?.Required("failed"), "negotiation failed");
        var coordination = given.Flag(map, "coordinationFailed", "negotiation coordinationFailed");
        return requester is null || provider is null || code is null || failed is null || coordination is null
            || given.Make(node!, () => new SharingNegotiation(requester, provider, code, failed.Value) { CoordinationFailed = coordination.Value }) is not { } negotiation
            ? null
            : (negotiation, null);
    }
}

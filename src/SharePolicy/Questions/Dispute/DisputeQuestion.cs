using NodaTime;
using SharePolicy.Model;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>How does a matter proceed while doubtful data is verified (Art. 15)?</summary>
public sealed class DisputeQuestion : OneFactQuestion<DataDispute, DisputeOutcome>
{
    internal DisputeQuestion()
        : base("dispute", typeof(DisputeFacts), DisputeOutcome.AwaitVerification)
    {
    }

    internal override RuleFacts Fact(DataDispute input, QuestionContext context) => new DisputeFacts(input);

    internal override (DataDispute Input, Instant? Time)? Bind(GivenReader given)
    {
        var node = given.Given("dispute")?.Required("dispute");
        var map = given.Map(node, "a dispute", "user", "provider", "code", "applicant", "applicantHasValidProof");
        var user = given.Department(map?.Required("user"));
        var provider = given.Department(map?.Required("provider"));
        var code = given.Text(map?.Required("code"), "dispute code");
        var applicant = given.Enum<PartyKind>(map?.Required("applicant"), "dispute applicant");
        var proof = given.Bool(map?.Required("applicantHasValidProof"), "dispute applicantHasValidProof");
        return user is null || provider is null || code is null || applicant is null || proof is null
            || given.Make(node!, () => new DataDispute(user, provider, code, applicant.Value, proof.Value)) is not { } dispute
            ? null
            : (dispute, null);
    }
}

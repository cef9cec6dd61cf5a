using NodaTime;
using SharePolicy.Model;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>May a department ask a citizen or organisation for this document or item (Art. 12 ¶3)?</summary>
public sealed class ResubmissionQuestion : OneFactQuestion<DocumentDemand, ResubmissionOutcome>
{
    internal ResubmissionQuestion()
        : base("resubmission", typeof(ResubmissionFacts), ResubmissionOutcome.MustNotRequest)
    {
    }

    internal override RuleFacts Fact(DocumentDemand input, QuestionContext context) => new ResubmissionFacts(input);

    internal override (DocumentDemand Input, Instant? Time)? Bind(GivenReader given)
    {
        var node = given.Given("demand")?.Required("demand");
        var map = given.Map(node, "a demand", "department", "party", "item", "source");
        var department = given.Department(map?.Required("department"));
        var party = given.Enum<PartyKind>(map?.Required("party"), "demand party");
        var item = given.Text(map?.Required("item"), "demand item");
        var source = GivenReader.Optional(map, "source") is { } sourceNode ? given.Entry(sourceNode) : null;
        return department is null || party is null || item is null || GivenReader.Missing(map, "source", source)
            || given.Make(node!, () => new DocumentDemand(department, party.Value, item, source)) is not { } demand
            ? null
            : (demand, null);
    }
}

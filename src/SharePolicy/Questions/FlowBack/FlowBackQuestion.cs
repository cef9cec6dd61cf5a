using NodaTime;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// Must an upper-level department return the data its business systems hold on a lower region to that region's
/// department (Regulations Art. 24)? The event is the recipient's asking: the rule sets are those in force on its day.
/// </summary>
public sealed class FlowBackQuestion : OneFactQuestion<DataFlowBack, FlowBackOutcome>
{
    internal FlowBackQuestion()
        : base("flow-back", typeof(FlowBackFacts), FlowBackOutcome.NotRequired)
    {
    }

    internal override LocalDate EventDate(DataFlowBack input, QuestionContext context) => context.DateOf(input.RequestedAt);

    internal override RuleFacts Fact(DataFlowBack input, QuestionContext context) => new FlowBackFacts(input);

    internal override (DataFlowBack Input, Instant? Time)? Bind(GivenReader given)
    {
        var node = given.Given("flowBack")?.Required("flowBack");
        var map = given.Map(node, "a flow-back case", "provider", "recipient", "code", "dataRegion", "neededForDuties", "requestedAt", "extraConditions");
        var provider = given.Department(map?.Required("provider"));
        var recipient = given.Department(map?.Required("recipient"));
        var code = given.Text(map?.Required("code"), "flowBack code");
        var region = given.Text(map?.Required("dataRegion"), "flowBack dataRegion");
        var needed = given.Bool(map?.Required("neededForDuties"), "flowBack neededForDuties");
        var requested = given.Instant(map?.Required("requestedAt"), "flowBack requestedAt");
        var conditions = given.Text(GivenReader.Optional(map, "extraConditions"), "flowBack extraConditions");
        if (provider is null || recipient is null || code is null || region is null || needed is null || requested is null || GivenReader.Missing(map, "extraConditions", conditions))
        {
            return null;
        }

        var flow = given.Make(node!, () => new DataFlowBack(provider, recipient, code, region, needed.Value, requested.Value) { ExtraConditions = conditions });
        return flow is null ? null : (flow, requested.Value);
    }
}

using NodaTime;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// May a provider end or change a sharing service it already provides (Regulations Art. 27 ¶3)? The event is the
/// planned end or change: the rule sets are those in force on its day.
/// </summary>
public sealed class ServiceChangeQuestion : OneFactQuestion<ServiceChange, ServiceChangeOutcome>
{
    internal ServiceChangeQuestion()
        : base("service-change", typeof(ServiceChangeFacts), ServiceChangeOutcome.NotAllowed)
    {
    }

    internal override LocalDate EventDate(ServiceChange input, QuestionContext context) => context.DateOf(input.PlannedAt);

    internal override RuleFacts Fact(ServiceChange input, QuestionContext context) => new ServiceChangeFacts(input);

    internal override (ServiceChange Input, Instant? Time)? Bind(GivenReader given)
    {
        var node = given.Given("serviceChange")?.Required("serviceChange");
        var map = given.Map(node, "a service change", "provider", "requester", "code", "kind", "plannedAt", "reason", "requesterConsulted", "filedWithAuthority");
        var provider = given.Department(map?.Required("provider"));
        var requester = given.Department(map?.Required("requester"));
        var code = given.Text(map?.Required("code"), "serviceChange code");
        var kind = given.Enum<ServiceChangeKind>(map?.Required("kind"), "serviceChange kind");
        var planned = given.Instant(map?.Required("plannedAt"), "serviceChange plannedAt");
        var reason = given.Text(GivenReader.Optional(map, "reason"), "serviceChange reason");
        var consulted = given.Flag(map, "requesterConsulted", "serviceChange requesterConsulted");
        var filed = given.Flag(map, "filedWithAuthority", "serviceChange filedWithAuthority");
        if (provider is null || requester is null || code is null || kind is null || planned is null || GivenReader.Missing(map, "reason", reason)
            || consulted is null || filed is null)
        {
            return null;
        }

        var change = given.Make(node!, () => new ServiceChange(provider, requester, code, kind.Value, planned.Value)
        {
            Reason = reason,
            RequesterConsulted = consulted.Value,
            FiledWithAuthority = filed.Value,
        });
        return change is null ? null : (change, planned.Value);
    }
}

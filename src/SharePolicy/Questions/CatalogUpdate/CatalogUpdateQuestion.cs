using NodaTime;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.Questions;

/// <summary>Must a department update its catalog after a change, and by when (Art. 8)? The event is the change's day.</summary>
public sealed class CatalogUpdateQuestion : OneFactQuestion<CatalogChange, CatalogUpdateOutcome>
{
    internal CatalogUpdateQuestion()
        : base("catalog-update", typeof(CatalogUpdateFacts), CatalogUpdateOutcome.UpdateRequired, hasDeadlines: true)
    {
    }

    internal override LocalDate EventDate(CatalogChange input, QuestionContext context) => context.DateOf(input.OccurredAt);

    internal override RuleFacts Fact(CatalogChange input, QuestionContext context) => new CatalogUpdateFacts(input);

    internal override (CatalogChange Input, Instant? Time)? Bind(GivenReader given)
    {
        var map = given.Given("change");
        return ReadChange(given, map?.Required("change")) is { } change ? (change, change.OccurredAt) : null;
    }

    /// <summary>Reads a change; a compliance record states its catalog updates' changes the same way.</summary>
    internal static CatalogChange? ReadChange(GivenReader given, YamlNode? node)
    {
        var map = given.Map(node, "a change", "department", "kind", "occurredAt");
        var department = given.Department(map?.Required("department"));
        var kind = given.Enum<CatalogChangeKind>(map?.Required("kind"), "change kind");
        var occurred = given.Instant(map?.Required("occurredAt"), "change occurredAt");
        return department is null || kind is null || occurred is null ? null
            : given.Make(node!, () => new CatalogChange(department, kind.Value, occurred.Value));
    }
}

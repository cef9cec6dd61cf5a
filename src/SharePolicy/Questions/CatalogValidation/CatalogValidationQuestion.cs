using NodaTime;
using SharePolicy.Model;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>What does this catalog entry breach (Art. 7, 9, 10, 11)?</summary>
public sealed class CatalogValidationQuestion : OneFactQuestion<CatalogEntry, CatalogValidationOutcome>
{
    internal CatalogValidationQuestion()
        : base("catalog-validation", typeof(CatalogValidationFacts), CatalogValidationOutcome.Invalid)
    {
    }

    internal override RuleFacts Fact(CatalogEntry input, QuestionContext context) => new CatalogValidationFacts(input);

    internal override (CatalogEntry Input, Instant? Time)? Bind(GivenReader given) =>
        given.Entry(given.Given("entry")?.Required("entry")) is { } entry ? (entry, null) : null;
}

using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Instruments;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Tests.Model;

/// <summary>A record's members are never null: a null passed in is refused naming it, never a NullReferenceException later.</summary>
public class NullMemberTests
{
    private static readonly BilingualText Text = new("文本", "text");

    public static TheoryData<string, Func<object>> NullMembers => new()
    {
        { "due", () => new SupplyRecord("330100-0001", null!, null) },
        { "resourceCode", () => new SupplyRecord(null!, new Deadline(new LocalDate(2025, 10, 17), Instant.FromUtc(2025, 10, 17, 16, 0)), null) },
        { "change", () => new CatalogUpdateRecord(null!, null) },
        { "description", () => new QualityIssue("330100-0001", QualityIssueKind.Stale, null!) },
        { "grant", () => new UseRecord(null!, new DataUse(Fixtures.Requester, Fixtures.Purpose, ["name"])) },
        { "Holidays", () => new CalendarYear(2025, Text, null!) },
        { "Source", () => new CalendarYear(2025, null!, []) },
        { "ItemCode", () => new ItemDecision(null!, AccessOutcome.Granted, []) },
        { "DecidingRules", () => new ItemDecision("name", AccessOutcome.Granted, null!) },
        { "RuleId", () => new Reason(null!, Text, []) },
        { "Articles", () => new Reason("rule", Text, null!) },
        { "Text", () => new Obligation(ObligationKind.Rectify, null!, "rule", []) },
        { "Evidence", () => new ComplianceFinding([], "rule", Text, null!) },
        { "Where", () => new RuleFileError(null!, "message") },
        { "Content", () => new RuleFile("a.yaml", null!) },
        { "File", () => new RuleSource(null!, 1, 1) },
        { "Text", () => new ObligationRule(ObligationKind.Rectify, null!, null) },
    };

    [Theory]
    [MemberData(nameof(NullMembers))]
    public void A_null_member_is_refused_naming_it(string member, Func<object> make)
    {
        make.Should().Throw<ArgumentNullException>().WithParameterName(member);
    }

    [Fact]
    public void A_null_member_cannot_be_set_with_a_with_expression_either()
    {
        var reason = new Reason("rule", Text, []);

        var act = () => reason with { Text = null! };

        act.Should().Throw<ArgumentNullException>().WithParameterName("Text");
    }

    [Fact]
    public void The_default_article_reference_says_it_cites_nothing_in_every_form()
    {
        var none = default(Citation);

        none.ToString().Should().Be("(no article)");
        none.ToShortString().Should().BeEmpty();
        none.ToChineseString().Should().Be("（无条文）");
        none.Should().BeLessThan(Instrument.Measures2016.Article(1));
    }
}

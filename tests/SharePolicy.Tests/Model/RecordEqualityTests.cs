using NodaTime;
using SharePolicy.Instruments;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Tests.Model;

public class RecordEqualityTests
{
    private static readonly BilingualText Text = new("测试", "test");

    private static readonly Deadline Due = new(new LocalDate(2025, 10, 17), Instant.FromUtc(2025, 10, 17, 16, 0));

    [Fact]
    public void Item_decisions_with_equal_fields_and_equal_rule_lists_are_equal()
    {
        var left = new ItemDecision("name", AccessOutcome.Granted, ["rule.a", "rule.b"]);
        var right = new ItemDecision("name", AccessOutcome.Granted, new List<string> { "rule.a", "rule.b" });

        ShouldBeEqual(left, right);
    }

    [Fact]
    public void Item_decisions_differing_in_any_field_are_not_equal()
    {
        var decision = new ItemDecision("name", AccessOutcome.Granted, ["rule.a", "rule.b"]);

        ShouldDiffer(
            decision,
            decision with { ItemCode = "id-number" },
            decision with { Outcome = AccessOutcome.Denied },
            decision with { DecidingRules = ["rule.a", "rule.c"] },
            decision with { DecidingRules = ["rule.b", "rule.a"] },
            decision with { DecidingRules = ["rule.a"] },
            decision with { DecidingRules = [] });
    }

    [Fact]
    public void Obligations_with_equal_fields_and_equal_article_lists_are_equal()
    {
        var left = new Obligation(ObligationKind.ProviderReply, new BilingualText("测试", "test"), "rule.a", [Instrument.Measures2016.Article(9), Instrument.Measures2016.Paragraph(12, 1)], Due);
        var right = new Obligation(
            ObligationKind.ProviderReply,
            new BilingualText("测试", "test"),
            "rule.a",
            new List<Citation> { Instrument.Measures2016.Article(9), Instrument.Measures2016.Paragraph(12, 1) },
            new Deadline(new LocalDate(2025, 10, 17), Instant.FromUtc(2025, 10, 17, 16, 0)));

        ShouldBeEqual(left, right);
        ShouldBeEqual(left with { Deadline = null }, right with { Deadline = null });
    }

    [Fact]
    public void Obligations_differing_in_any_field_are_not_equal()
    {
        var obligation = new Obligation(ObligationKind.ProviderReply, Text, "rule.a", [Instrument.Measures2016.Article(9), Instrument.Measures2016.Paragraph(12, 1)], Due);

        ShouldDiffer(
            obligation,
            obligation with { Kind = ObligationKind.Negotiate },
            obligation with { Text = new BilingualText("测试", "another test") },
            obligation with { RuleId = "rule.b" },
            obligation with { Articles = [Instrument.Measures2016.Article(9), Instrument.Measures2016.Paragraph(12, 2)] },
            obligation with { Articles = [Instrument.Measures2016.Article(9)] },
            obligation with { Deadline = Due with { DueDate = new LocalDate(2025, 10, 18) } },
            obligation with { Deadline = null });
    }

    [Fact]
    public void Reasons_with_equal_fields_and_equal_article_lists_are_equal()
    {
        var left = new Reason("rule.a", new BilingualText("测试", "test"), [Instrument.Measures2016.Article(9)]);
        var right = new Reason("rule.a", new BilingualText("测试", "test"), new List<Citation> { Instrument.Measures2016.Article(9) });

        ShouldBeEqual(left, right);
        ShouldBeEqual(new Reason(Reason.NoRuleApplies, Text, []), new Reason(Reason.NoRuleApplies, Text, new List<Citation>()));
    }

    [Fact]
    public void Reasons_differing_in_any_field_are_not_equal()
    {
        var reason = new Reason("rule.a", Text, [Instrument.Measures2016.Article(9), Instrument.Measures2016.Article(12)]);

        ShouldDiffer(
            reason,
            reason with { RuleId = "rule.b" },
            reason with { Text = new BilingualText("另一个", "test") },
            reason with { Articles = [Instrument.Measures2016.Article(9), Instrument.Measures2016.Article(13)] },
            reason with { Articles = [Instrument.Measures2016.Article(12), Instrument.Measures2016.Article(9)] },
            reason with { Articles = [] });
    }

    [Fact]
    public void Compliance_findings_with_equal_fields_and_equal_article_lists_are_equal()
    {
        var left = new ComplianceFinding([Instrument.Measures2016.Item(24, 1), Instrument.Measures2016.Article(8)], "rule.a", new BilingualText("测试", "test"), "catalog not compiled");
        var right = new ComplianceFinding(
            new List<Citation> { Instrument.Measures2016.Item(24, 1), Instrument.Measures2016.Article(8) },
            "rule.a",
            new BilingualText("测试", "test"),
            "catalog not compiled");

        ShouldBeEqual(left, right);
    }

    [Fact]
    public void Compliance_findings_differing_in_any_field_are_not_equal()
    {
        var finding = new ComplianceFinding([Instrument.Measures2016.Item(24, 1), Instrument.Measures2016.Article(8)], "rule.a", Text, "catalog not compiled");

        ShouldDiffer(
            finding,
            finding with { Articles = [Instrument.Measures2016.Item(24, 2), Instrument.Measures2016.Article(8)] },
            finding with { Articles = [Instrument.Measures2016.Item(24, 1)] },
            finding with { RuleId = "rule.b" },
            finding with { Text = new BilingualText("测试", "another test") },
            finding with { Evidence = "catalog compiled late" });
    }

    private static void ShouldBeEqual<T>(T left, T right)
        where T : class, IEquatable<T>
    {
        left.Should().NotBeSameAs(right);
        left.Equals(right).Should().BeTrue();
        right.Equals(left).Should().BeTrue();
        left.Equals((object)right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    private static void ShouldDiffer<T>(T original, params T[] changed)
        where T : class, IEquatable<T>
    {
        foreach (var other in changed)
        {
            original.Equals(other).Should().BeFalse($"{original} differs from {other}");
            other.Equals(original).Should().BeFalse($"{other} differs from {original}");
        }

        original.Equals(null).Should().BeFalse();
    }
}

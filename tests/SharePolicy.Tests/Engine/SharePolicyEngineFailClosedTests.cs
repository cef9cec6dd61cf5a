using NodaTime.Testing;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Tests.Engine;

/// <summary>How the engine fails closed: a failing condition beats a rule that fired, each failure is named, and "no rule applies" is said once.</summary>
public class SharePolicyEngineFailClosedTests
{
    private readonly FakeClock _clock = new(Fixtures.Submitted);

    [Fact]
    public void A_failing_condition_denies_the_item_even_when_another_rule_granted_it()
    {
        var engine = Engine(Rule("fragile.duty", "Request.Purpose.Duty != \"x\""), Rule("always.grant", "Item.Code != \"\""));

        var decision = engine.DecideAccess(Fixtures.Request(withoutPurpose: true), Fixtures.Entry(ShareType.Unconditional));

        decision.Outcome.Should().Be(AccessOutcome.Denied);
        decision.Items.Should().Equal(new ItemDecision("name", AccessOutcome.Denied, []));
        decision.FiredRules.Should().Equal("always.grant");
        decision.Reasons.Select(reason => reason.RuleId).Should().Equal(Reason.RuleFailed);
    }

    [Fact]
    public void Every_failing_condition_is_named_with_its_error()
    {
        var engine = Engine(Rule("fragile.duty", "Request.Purpose.Duty != \"x\""), Rule("fragile.use", "Request.Purpose.Duty.Length > 0"));

        var decision = engine.DecideAccess(Fixtures.Request(withoutPurpose: true), Fixtures.Entry(ShareType.Unconditional));

        decision.Reasons.Should().ContainSingle().Which.Text.En.Should().EndWith(
            "fragile.duty: Object reference not set to an instance of an object.; fragile.use: Object reference not set to an instance of an object.");
    }

    [Fact]
    public void Conditions_failing_on_different_items_are_all_named()
    {
        // Division by zero: the first rule fails on a four-letter item code, the second on a five-letter one.
        var engine = Engine(Rule("fragile.four", "1 / (Item.Code.Length - 4) > 0"), Rule("fragile.five", "1 / (Item.Code.Length - 5) > 0"));
        var entry = Fixtures.Entry(ShareType.Unconditional, ResourceCategory.Departmental,
            new CatalogItem("name", "姓名", ItemKind.BusinessItem), new CatalogItem("phone", "电话", ItemKind.BusinessItem));

        var decision = engine.DecideAccess(Fixtures.Request(), entry);

        decision.Items.Select(item => item.Outcome).Should().Equal(AccessOutcome.Denied, AccessOutcome.Denied);
        decision.Reasons.Should().ContainSingle().Which.Text.En.Should().EndWith(
            "fragile.four: Attempted to divide by zero.; fragile.five: Attempted to divide by zero.");
    }

    [Fact]
    public void No_rule_applying_to_several_items_is_said_once()
    {
        var engine = Engine(Rule("never", "Item.Code == \"none\""));
        var entry = Fixtures.Entry(ShareType.Unconditional, ResourceCategory.Departmental,
            new CatalogItem("a", "甲", ItemKind.BusinessItem), new CatalogItem("b", "乙", ItemKind.BusinessItem));

        var decision = engine.DecideAccess(Fixtures.Request(), entry);

        decision.Outcome.Should().Be(AccessOutcome.Denied);
        decision.Reasons.Select(reason => reason.RuleId).Should().Equal(Reason.NoRuleApplies);
    }

    [Fact]
    public void An_annual_report_year_past_any_calendar_is_rejected_saying_why()
    {
        var engine = new SharePolicyEngine(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, _clock);

        var act = () => engine.DecideAnnualReport(Fixtures.Provider, 9999);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("A reporting year is 1 to 9998; its report is due in the year after.*");
    }

    [Fact]
    public void A_use_is_required()
    {
        var engine = new SharePolicyEngine(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, _clock);
        var grant = new ShareGrant(Fixtures.Requester, "330100-0001", ["name"], Fixtures.Purpose);

        var act = () => engine.DecideUse(grant, null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("use");
    }

    private static string Rule(string id, string condition) => $$"""
          - id: {{id}}
            articles: ["9"]
            when: '{{condition}}'
            effect: Permit
            outcome: Granted
            reason: { zh-Hans: 理由, en: reason }

        """;

    private SharePolicyEngine Engine(params string[] rules) => new(
        RuleSetLoader.Load([new RuleFile("rules/test.yaml", "question: access\nrules:\n" + string.Concat(rules))]), WorkingDayCalendar.China, _clock);
}

using System.Globalization;
using NodaTime.Testing;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Tests.Compilation;

/// <summary>
/// A condition's work is bounded twice: at load, list methods nest at most two deep and reach no outer facts; in a
/// decision, a work budget stops a condition that would spin, and the decision fails closed naming the rule.
/// </summary>
public class ConditionCostTests
{
    // A thousand-text list: two list methods nested over it walk a million elements, twenty times a decision's budget.
    private static readonly string ThousandTexts = string.Join(", ", Enumerable.Range(0, 1000).Select(i => "t" + i.ToString(CultureInfo.InvariantCulture)));

    private readonly FakeClock _clock = new(Fixtures.Submitted);

    [Fact]
    public void A_condition_that_would_walk_a_million_elements_fails_closed_naming_the_rule()
    {
        var engine = Engine(CatalogRule("costly", "l.All(a => l.All(b => b != \"none\"))"));

        var decision = engine.ValidateCatalogEntry(Fixtures.Entry(ShareType.Unconditional));

        decision.Outcome.Should().Be(CatalogValidationOutcome.Invalid);
        decision.Reasons.Should().ContainSingle().Which.RuleId.Should().Be(Reason.RuleOverBudget);
        decision.Reasons[0].Text.En.Should().Be(
            "Rule costly could not be evaluated in time (its condition used up the decision's work budget), so the decision takes the most restrictive outcome.");
        decision.Reasons[0].Text.ZhHans.Should().Be("规则 costly 的条件未能在本次决定的计算限额内求值完毕，作出最严格的决定。");
        decision.Obligations.Should().BeEmpty();
    }

    [Fact]
    public void An_access_decision_over_budget_is_denied_item_by_item_and_never_granted()
    {
        var engine = Engine(
            AccessRule("grant", "true", "Granted"),
            AccessRule("costly", "l.Any(a => l.Any(b => b == \"none\"))", "Granted"));

        var decision = engine.DecideAccess(Fixtures.Request(), Fixtures.Entry(ShareType.Unconditional));

        decision.Outcome.Should().Be(AccessOutcome.Denied);
        decision.Items.Should().Equal(new ItemDecision("name", AccessOutcome.Denied, []));
        decision.Reasons.Select(reason => reason.RuleId).Should().Equal(Reason.RuleOverBudget);
    }

    [Fact]
    public void The_budget_is_each_decisions_own_and_the_engine_decides_on_after_one_ran_out()
    {
        var engine = Engine(
            CatalogRule("valid", "true", effect: "Permit", outcome: "Valid"),
            CatalogRule("costly", "Entry.Name == \"spin\" && l.All(a => l.All(b => b != \"none\"))"));

        var spinning = engine.ValidateCatalogEntry(new CatalogEntry("330100-0001", "spin", Fixtures.Provider, ResourceCategory.Departmental, ShareType.Unconditional, [Fixtures.Entry(ShareType.Unconditional).Items[0]]));
        var decisions = Enumerable.Range(0, 20).Select(_ => engine.ValidateCatalogEntry(Fixtures.Entry(ShareType.Unconditional))).ToArray();

        spinning.Reasons.Select(reason => reason.RuleId).Should().Equal(Reason.RuleOverBudget);
        decisions.Should().OnlyContain(decision => decision.Outcome == CatalogValidationOutcome.Valid);
    }

    [Fact]
    public void The_default_rules_decide_the_largest_request_the_model_accepts_within_the_budget()
    {
        var engine = new SharePolicyEngine(RuleSetLoader.LoadDefault(), WorkingDayCalendar.China, _clock);
        var items = Enumerable.Range(0, ModelLimits.MaxItemsPerEntry)
            .Select(i => new CatalogItem($"item{i}", $"信息项{i}", (ItemKind)(i % 2), (ShareType)(i % 3)))
            .ToArray();
        var entry = new CatalogEntry("330100-0001", "户籍人口信息", Fixtures.Provider, ResourceCategory.Base, ShareType.Conditional, items)
        {
            BaseResource = "人口",
            Format = "CSV",
            UpdateCycle = "每日",
            ShareMethods = [ShareMethod.OnlineQuery],
        };

        var access = engine.DecideAccess(Fixtures.Request(), entry);
        var validation = engine.ValidateCatalogEntry(entry);

        access.Items.Should().HaveCount(ModelLimits.MaxItemsPerEntry);
        access.Reasons.Select(reason => reason.RuleId).Should().NotContain(Reason.RuleOverBudget);
        access.Outcome.Should().Be(AccessOutcome.NegotiationRequired);
        validation.Reasons.Select(reason => reason.RuleId).Should().NotContain(Reason.RuleOverBudget);
    }

    [Fact]
    public void The_budget_charges_a_needle_by_its_length_as_it_does_the_text_searched()
    {
        // A thousand searches charged a handful of parts each fit the budget; charged also by the length of a
        // 1,900-character needle, they do not.
        var engine = Engine(CatalogRule("long", $"l.All(a => !a.Contains(\"{new string('x', 1_900)}\"))"));

        var decision = engine.ValidateCatalogEntry(Fixtures.Entry(ShareType.Unconditional));

        decision.Reasons.Select(reason => reason.RuleId).Should().Equal(Reason.RuleOverBudget);
    }

    [Fact]
    public void A_condition_that_throws_is_still_reported_as_failed_not_over_budget()
    {
        var engine = Engine(AccessRule("throws", "Request.Purpose.Duty == \"x\"", "Granted"));

        var decision = engine.DecideAccess(Fixtures.Request(withoutPurpose: true), Fixtures.Entry(ShareType.Unconditional));

        decision.Outcome.Should().Be(AccessOutcome.Denied);
        decision.Reasons.Select(reason => reason.RuleId).Should().Equal(Reason.RuleFailed);
    }

    [Theory]
    [InlineData("Entry.Items.All(a => root.Entry.Items.All(b => b.Code != a.Code))", 21, "'root' is not part of the rule language")]
    [InlineData("Entry.Items.Any(a => parent.Entry.Name == \"x\")", 21, "'parent' is not part of the rule language")]
    [InlineData("Entry.Items.Any(a => ^.Entry.Name == \"x\")", 21, "'^' is not part of the rule language")]
    [InlineData("Entry.Items.Any(a => $.Code == \"x\")", 21, "'$' is not part of the rule language")]
    [InlineData("it.Entry.Name == \"x\"", 0, "'it' is not part of the rule language")]
    [InlineData("l.Any(a => l.Any(b => l.Any(c => c == \"x\")))", 24, "list methods are nested more than 2 deep")]
    [InlineData("l.Any(l.Any(l.Any(true)))", 14, "list methods are nested more than 2 deep")]
    public void A_condition_that_reaches_outer_facts_or_nests_list_methods_too_deep_is_rejected_where_it_does(string when, int offset, string reason)
    {
        var act = () => RuleSetLoader.Load(Files(CatalogRule("bad", when)));

        var error = act.Should().Throw<RuleSetLoadException>().Which.Errors.Should().ContainSingle().Subject;
        error.Where.Should().Be(new RuleSource("rules/0.yaml", 7, 11 + offset));
        error.Message.Should().Contain(reason);
    }

    [Theory]
    [InlineData("Entry.Items.Any(i => i.Kind == ItemKind.BaseItem)")]
    [InlineData("Entry.Items.Count(i => i.ShareType == ShareType.Conditional) > 1 && l.Contains(Entry.Name)")]
    [InlineData("l.Any(a => l.Any(b => b == \"t1\"))")]
    [InlineData("Entry.Name.Contains(\"it\") || Entry.Name == \"root\" || Entry.Name.StartsWith(\"$\")")]
    public void Conditions_within_the_bounds_load(string when)
    {
        var act = () => RuleSetLoader.Load(Files(CatalogRule("fine", when)));

        act.Should().NotThrow();
    }

    [Fact]
    public void Text_methods_compare_ordinally_whatever_the_hosts_culture()
    {
        var engine = Engine(CatalogRule("starts", "Entry.Name.StartsWith(\"Å\") || Entry.Name.EndsWith(\"ss\")"));
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE"); // where Å and A + ring, ß and ss, compare equal
            var entry = new CatalogEntry("330100-0001", "A\u030Angstrom Straße", Fixtures.Provider, ResourceCategory.Departmental, ShareType.Unconditional,
                [new CatalogItem("name", "姓名", ItemKind.BusinessItem)]);

            engine.ValidateCatalogEntry(entry).FiredRules.Should().BeEmpty();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private SharePolicyEngine Engine(params string[] rules) =>
        new(RuleSetLoader.Load(Files(rules)), WorkingDayCalendar.China, _clock);

    // The rule files, and a file of lists only that defines l, the thousand texts.
    private static RuleFile[] Files(params string[] rules) =>
        [new RuleFile("rules/lists.yaml", $"lists:\n  l: [{ThousandTexts}]\n"), .. rules.Select((text, i) => new RuleFile($"rules/{i}.yaml", text))];

    // The condition is written plain on line 7, from column 11.
    private static string CatalogRule(string id, string when, string effect = "Forbid", string? outcome = null) => $$"""
        question: catalog-validation
        rules:
          - id: {{id}}
            articles: ["7"]
            effect: {{effect}}
            reason: { zh-Hans: 测试规则, en: test rule }
            when: {{when}}{{(outcome is null ? string.Empty : $"\n    outcome: {outcome}")}}
        """;

    private static string AccessRule(string id, string when, string outcome) => $$"""
        question: access
        rules:
          - id: {{id}}
            articles: ["9"]
            effect: Permit
            outcome: {{outcome}}
            reason: { zh-Hans: 测试规则, en: test rule }
            when: {{when}}
        """;
}

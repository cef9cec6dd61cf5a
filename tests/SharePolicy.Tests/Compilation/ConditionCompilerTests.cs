using NodaTime.Testing;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Instruments;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Tests.Compilation;

public class ConditionCompilerTests
{
    private readonly FakeClock _clock = new(Fixtures.Submitted);

    private static string FileName => "rules/x.yaml";

    // Rule() writes the condition on line 5, from column 11.
    private static int ConditionLine => 5;

    private static int ConditionColumn => 11;

    // The rules here set no deadline; a calendar of plain weeks around the submission date is enough.
    private static WorkingDayCalendar PlainWeeks { get; } = WorkingDayCalendar.Create(
    [
        new CalendarYear(2024, new BilingualText("测试日历", "test calendar"), []),
        new CalendarYear(2025, new BilingualText("测试日历", "test calendar"), []),
    ]);

    [Fact]
    public void A_valid_condition_compiles_and_decides()
    {
        var engine = Engine(Rule("StatedShareType == ShareType.Conditional", outcome: "ApplicationRequired"));

        var conditional = engine.DecideAccess(Fixtures.Request(), Fixtures.Entry(ShareType.Conditional));
        var unconditional = engine.DecideAccess(Fixtures.Request(), Fixtures.Entry(ShareType.Unconditional));

        conditional.Outcome.Should().Be(AccessOutcome.ApplicationRequired);
        conditional.FiredRules.Should().Equal("test.rule");
        conditional.Articles.Should().Equal(Instrument.Measures2016.Article(9));
        unconditional.Outcome.Should().Be(AccessOutcome.Denied);
        unconditional.FiredRules.Should().BeEmpty();
        unconditional.Reasons.Select(reason => reason.RuleId).Should().Equal(Reason.NoRuleApplies);
    }

    [Fact]
    public void A_syntax_error_is_reported_where_the_parser_stopped()
    {
        var error = LoadFails(Rule("Item.Code =="));

        error.Where.Should().Be(new RuleSource(FileName, ConditionLine, ConditionColumn + 12));
        error.Message.Should().StartWith("rule 'test.rule': condition 'Item.Code ==' is not valid: ");
    }

    [Fact]
    public void An_unknown_property_is_reported_at_the_property()
    {
        var error = LoadFails(Rule("Item.Colour == \"red\""));

        error.Where.Should().Be(new RuleSource(FileName, ConditionLine, ConditionColumn + 5));
        error.Message.Should().StartWith("rule 'test.rule': condition 'Item.Colour == \"red\"' is not valid: ")
            .And.Contain("'Colour'").And.Contain("CatalogItem");
    }

    // The column is the condition's start plus the parser's offset; a quoted condition starts one column later.
    [Fact]
    public void An_unknown_property_of_a_quoted_condition_is_reported_at_the_property()
    {
        var error = LoadFails(Rule("\"Item.Colour == 1\""));

        error.Where.Should().Be(new RuleSource(FileName, ConditionLine, ConditionColumn + 1 + 5));
        error.Message.Should().Contain("'Colour'");
    }

    [Fact]
    public void An_unknown_fact_is_reported()
    {
        var error = LoadFails(Rule("Resource.Code == \"x\""));

        error.Where.Line.Should().Be(ConditionLine);
        error.Message.Should().StartWith("rule 'test.rule': condition 'Resource.Code == \"x\"' is not valid: ").And.Contain("Resource");
    }

    [Theory]
    [InlineData("Item.Code")]
    [InlineData("Item.Code.Length")]
    [InlineData("StatedShareType")]
    public void A_condition_that_is_not_a_yes_or_no_test_is_reported(string condition)
    {
        var error = LoadFails(Rule(condition));

        error.Where.Should().Be(new RuleSource(FileName, ConditionLine, ConditionColumn));
        error.Message.Should().StartWith($"rule 'test.rule': condition '{condition}' is not valid: ").And.Contain("Boolean");
    }

    [Theory]
    [InlineData("System.IO.File.Exists(\"x\")", "System.IO.File")]
    [InlineData("File.ReadAllText(\"/etc/passwd\") == \"\"", "File")]
    [InlineData("Type.GetType(\"System.Environment\") != null", "Type")]
    [InlineData("Item.GetType().Name == \"x\"", "GetType")]
    [InlineData("Environment.Exit(1) == null", "Environment")]
    [InlineData("Item.Code.GetType().Assembly != null", "GetType")]
    [InlineData("new System.Text.StringBuilder() != null", "new")]
    [InlineData("Item.ToString() == \"x\"", "ToString")]
    [InlineData("Item.Code.Length.ToString() == \"1\"", "ToString")]
    [InlineData("Item.Code[0] == 'a'", "calling 'String.get_Chars' is not allowed in a rule condition")]
    [InlineData("Item.Code.Contains('a')", "calling 'String.Contains' is not allowed in a rule condition")]
    [InlineData("int.Parse(Item.Code) > 0", "calling 'Int32.Parse' is not allowed in a rule condition")]
    [InlineData("Convert.ToInt32(Item.Code) > 0", "calling 'Convert.ToInt32' is not allowed in a rule condition")]
    [InlineData("Entry.Items.First().Code == \"a\"", "calling 'Enumerable.First' is not allowed in a rule condition")]
    [InlineData("Entry.FindItem(\"name\") != null", "FindItem")]
    [InlineData("Item.Code == string.Empty", "'String.Empty' is not allowed in a rule condition")]
    [InlineData("Request.SubmittedAt > Request.SubmittedAt", "the operator 'op_GreaterThan' of Instant is not allowed in a rule condition")]
    public void A_condition_reaching_outside_the_model_is_rejected_with_a_reason(string condition, string reason)
    {
        var error = LoadFails(Rule(condition));

        error.Where.File.Should().Be(FileName);
        error.Where.Line.Should().Be(ConditionLine);
        error.Message.Should().StartWith($"rule 'test.rule': condition '{condition}' is not valid: ").And.Contain(reason);
    }

    [Fact]
    public void A_rejected_condition_never_runs()
    {
        var marker = Path.Combine(Path.GetTempPath(), "sharepolicy-never-run-" + Guid.NewGuid().ToString("N"));

        var act = () => RuleSetLoader.Load([new RuleFile(FileName, Rule($"System.IO.Directory.CreateDirectory(\"{marker}\") != null"))]);

        act.Should().Throw<RuleSetLoadException>().Which.Errors.Should().ContainSingle()
            .Which.Message.Should().Contain("System.IO.Directory");
        Directory.Exists(marker).Should().BeFalse();
    }

    [Fact]
    public void A_condition_longer_than_2000_characters_is_rejected()
    {
        var condition = Padded(2100);

        var error = LoadFails(Rule(condition));

        error.Where.Should().Be(new RuleSource(FileName, ConditionLine, ConditionColumn + 2000));
        error.Message.Should().Be(
            $"rule 'test.rule': condition '{condition}' is not valid: the condition is 2100 characters long; at most 2000 are allowed.");
    }

    [Fact]
    public void A_condition_of_2000_characters_is_allowed()
    {
        var rules = RuleSetLoader.Load([new RuleFile(FileName, Rule(Padded(2000)))]);

        rules.Rules.Single().Condition.Should().HaveLength(2000);
    }

    [Fact]
    public void Brackets_nested_40_deep_are_rejected_at_the_33rd()
    {
        var condition = new string('(', 40) + "Item.Code.Length > 0" + new string(')', 40);

        var error = LoadFails(Rule(condition));

        error.Where.Should().Be(new RuleSource(FileName, ConditionLine, ConditionColumn + 32));
        error.Message.Should().Be($"rule 'test.rule': condition '{condition}' is not valid: brackets are nested more than 32 deep.");
    }

    [Fact]
    public void Brackets_nested_32_deep_are_allowed()
    {
        var condition = new string('(', 32) + "Item.Code.Length > 0" + new string(')', 32);

        var decision = Engine(Rule(condition)).DecideAccess(Fixtures.Request(), Fixtures.Entry(ShareType.Conditional));

        decision.Outcome.Should().Be(AccessOutcome.Granted);
    }

    [Fact]
    public void A_condition_of_more_than_500_parts_is_rejected()
    {
        var condition = string.Join(" + ", Enumerable.Repeat("Item.Code.Length", 100)) + " > 0";

        var error = LoadFails(Rule(condition));

        error.Where.Should().Be(new RuleSource(FileName, ConditionLine, ConditionColumn));
        error.Message.Should().EndWith("is not valid: the condition is too large (more than 500 parts); split it into several rules.");
    }

    [Fact]
    public void Length_of_a_text_is_allowed()
    {
        var engine = Engine(Rule("Item.Code.Length > 0"));

        var decision = engine.DecideAccess(Fixtures.Request(), Fixtures.Entry(ShareType.NotShared));

        decision.Outcome.Should().Be(AccessOutcome.Granted);
        decision.FiredRules.Should().Equal("test.rule");
    }

    [Fact]
    public void Length_of_a_text_decides_per_item()
    {
        var engine = Engine(Rule("Item.Code.Length > 3"));
        var entry = Fixtures.Entry(ShareType.Conditional, ResourceCategory.Departmental, Item("name"), Item("id"));

        var decision = engine.DecideAccess(Fixtures.Request(), entry);

        decision.Outcome.Should().Be(AccessOutcome.Denied);
        decision.Items.Should().BeEquivalentTo(
            [
                new ItemDecision("name", AccessOutcome.Granted, ["test.rule"]),
                new ItemDecision("id", AccessOutcome.Denied, []),
            ],
            options => options.ComparingRecordsByMembers().WithStrictOrdering());
    }

    [Fact]
    public void Any_over_the_entry_items_is_allowed()
    {
        var engine = Engine(Rule("Entry.Items.Any(i => i.Kind == ItemKind.BaseItem)"));
        var withBaseItem = Fixtures.Entry(
            ShareType.Conditional, ResourceCategory.Base, Item("name"), new CatalogItem("id-number", "公民身份号码", ItemKind.BaseItem));
        var withoutBaseItem = Fixtures.Entry(ShareType.Conditional, ResourceCategory.Base, Item("name"), Item("address"));

        engine.DecideAccess(Fixtures.Request(items: "name"), withBaseItem).Outcome.Should().Be(AccessOutcome.Granted);
        engine.DecideAccess(Fixtures.Request(items: "name"), withoutBaseItem).Outcome.Should().Be(AccessOutcome.Denied);
    }

    [Fact]
    public void Count_of_the_entry_items_is_allowed()
    {
        var engine = Engine(Rule("Entry.Items.Count > 1"));

        var two = engine.DecideAccess(
            Fixtures.Request(), Fixtures.Entry(ShareType.Conditional, ResourceCategory.Departmental, Item("name"), Item("address")));
        var one = engine.DecideAccess(Fixtures.Request(), Fixtures.Entry(ShareType.Conditional));

        two.Outcome.Should().Be(AccessOutcome.Granted);
        two.Items.Select(item => item.Outcome).Should().Equal(AccessOutcome.Granted, AccessOutcome.Granted);
        one.Outcome.Should().Be(AccessOutcome.Denied);
    }

    [Fact]
    public void StartsWith_on_a_text_is_allowed()
    {
        var engine = Engine(Rule("Item.Code.StartsWith(\"a\")"));
        var entry = Fixtures.Entry(ShareType.Conditional, ResourceCategory.Departmental, Item("alpha"), Item("beta"));

        var both = engine.DecideAccess(Fixtures.Request(), entry);
        var alpha = engine.DecideAccess(Fixtures.Request(items: "alpha"), entry);

        both.Outcome.Should().Be(AccessOutcome.Denied);
        both.Items.Should().BeEquivalentTo(
            [
                new ItemDecision("alpha", AccessOutcome.Granted, ["test.rule"]),
                new ItemDecision("beta", AccessOutcome.Denied, []),
            ],
            options => options.ComparingRecordsByMembers().WithStrictOrdering());
        alpha.Outcome.Should().Be(AccessOutcome.Granted);
    }

    [Fact]
    public void Contains_on_a_list_and_IsNullOrEmpty_on_a_text_are_allowed()
    {
        var engine = Engine(Rule("Request.RequestedItems.Contains(Item.Code) && !string.IsNullOrEmpty(Item.Name)"));
        var entry = Fixtures.Entry(ShareType.Conditional, ResourceCategory.Departmental, Item("name"), Item("address"));

        engine.DecideAccess(Fixtures.Request(items: "address"), entry).Outcome.Should().Be(AccessOutcome.Granted);
        engine.DecideAccess(Fixtures.Request(), entry).Outcome.Should().Be(AccessOutcome.Denied);
    }

    [Fact]
    public void Condition_errors_of_several_rules_are_each_reported_on_their_line()
    {
        var yaml = Rule("Item.Colour == 1") + "\n" + Rule("Item.Code", id: "test.second")[Rule("x").IndexOf("  - id:", StringComparison.Ordinal)..];

        var errors = LoadFailsAll(yaml);

        errors.Select(error => (error.Where.Line, error.Where.Column)).Should().Equal((5, 16), (13, 11));
        errors[1].Message.Should().StartWith("rule 'test.second': condition 'Item.Code' is not valid: ");
    }

    private static string Rule(string when, string outcome = "Granted", string id = "test.rule") => $"""
        question: access
        rules:
          - id: {id}
            articles: ["9"]
            when: {when}
            effect: Permit
            outcome: {outcome}
            reason:
              zh-Hans: 测试
              en: test
        """;

    private static string Padded(int length)
    {
        const string prefix = "Item.Code == \"";
        return prefix + new string('a', length - prefix.Length - 1) + "\"";
    }

    private static CatalogItem Item(string code) => new(code, code, ItemKind.BusinessItem);

    private static RuleFileError LoadFails(string yaml) => LoadFailsAll(yaml).Should().ContainSingle().Subject;

    private static IReadOnlyList<RuleFileError> LoadFailsAll(string yaml)
    {
        var act = () => RuleSetLoader.Load([new RuleFile(FileName, yaml)]);
        return act.Should().Throw<RuleSetLoadException>().Which.Errors;
    }

    private SharePolicyEngine Engine(string yaml) => new(RuleSetLoader.Load([new RuleFile(FileName, yaml)]), PlainWeeks, _clock);
}

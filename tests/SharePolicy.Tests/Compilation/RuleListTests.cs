using SharePolicy.Compilation;
using SharePolicy.Rules;

namespace SharePolicy.Tests.Compilation;

public class RuleListTests
{
    private const string Rule = """
        question: catalog-validation
        rules:
          - id: test.listed
            articles: ["10(2)"]
            when: baseResources.Contains(Entry.BaseResource)
            effect: Permit
            outcome: Valid
            reason: { zh-Hans: 理由, en: reason }
        """;

    [Fact]
    public void The_default_rule_set_lists_the_base_resources()
    {
        RuleSetLoader.LoadDefault().RuleSets[0].Lists["baseResources"].Should().Equal("人口", "法人单位", "自然资源和空间地理", "电子证照");
    }

    [Fact]
    public void A_condition_uses_a_list_defined_in_another_file()
    {
        var rules = RuleSetLoader.Load([
            new RuleFile("rules/rule.yaml", Rule),
            new RuleFile("rules/lists.yaml", "lists:\n  baseResources: [人口]\n"),
        ]);

        rules.Rules.Should().ContainSingle().Which.Id.Should().Be("test.listed");
        rules.RuleSets[0].Lists["baseResources"].Should().Equal("人口");
    }

    [Fact]
    public void A_condition_naming_an_undefined_list_is_reported_at_the_condition()
    {
        var act = () => RuleSetLoader.Load([new RuleFile("rules/rule.yaml", Rule)]);

        var error = act.Should().Throw<RuleSetLoadException>().Which.Errors.Should().ContainSingle().Subject;
        error.Where.Line.Should().Be(5);
        error.Message.Should().Contain("test.listed").And.Contain("baseResources");
    }

    [Fact]
    public void A_list_defined_twice_is_reported_with_its_first_place()
    {
        var act = () => RuleSetLoader.Load([
            new RuleFile("rules/a.yaml", "lists:\n  baseResources: [人口]\n"),
            new RuleFile("rules/b.yaml", "lists:\n  baseResources: [法人单位]\n"),
        ]);

        act.Should().Throw<RuleSetLoadException>().Which.Errors.Should().Equal(
            new RuleFileError(new RuleSource("rules/b.yaml", 2, 3), "list 'baseResources' is already defined at rules/a.yaml:2:3."));
    }

    [Theory]
    [InlineData("lists:\n  Base-Resources: [人口]\n", 2, "list name 'Base-Resources' must be a lower-camel-case word")]
    [InlineData("lists:\n  baseResources: 人口\n", 2, "list 'baseResources' must be a list.")]
    [InlineData("lists:\n  baseResources: [人口, '']\n", 2, "an item of list 'baseResources' must be a non-empty text.")]
    [InlineData("lists: [人口]\n", 1, "lists must be a mapping of list names to lists of texts.")]
    public void A_malformed_list_is_reported_with_its_line(string yaml, int line, string message)
    {
        var act = () => RuleSetLoader.Load([new RuleFile("rules/lists.yaml", yaml)]);

        var error = act.Should().Throw<RuleSetLoadException>().Which.Errors.Should().ContainSingle().Subject;
        error.Where.Line.Should().Be(line);
        error.Message.Should().StartWith(message);
    }

    [Fact]
    public void A_deadline_on_a_question_with_no_day_to_count_from_is_reported()
    {
        var yaml = """
            question: use
            rules:
              - id: test.use
                articles: ["14¶2"]
                when: "true"
                effect: Permit
                outcome: Allowed
                reason: { zh-Hans: 理由, en: reason }
                obligations:
                  - { kind: Rectify, zh-Hans: 整改, en: rectify, deadline: { workingDays: 5 } }
            """;

        var act = () => RuleSetLoader.Load([new RuleFile("rules/use.yaml", yaml)]);

        var error = act.Should().Throw<RuleSetLoadException>().Which.Errors.Should().ContainSingle().Subject;
        error.Where.Line.Should().Be(10);
        error.Message.Should().Be("obligations of the use question have no day to count a deadline from; remove 'deadline'.");
    }

    [Fact]
    public void A_list_with_an_item_that_is_not_a_text_is_left_out_so_a_second_definition_is_no_duplicate()
    {
        var act = () => RuleSetLoader.Load([
            new RuleFile("rules/a.yaml", "lists:\n  baseResources: [人口, '']\n"),
            new RuleFile("rules/b.yaml", "lists:\n  baseResources: [法人单位]\n"),
        ]);

        act.Should().Throw<RuleSetLoadException>().Which.Errors.Should().Equal(
            new RuleFileError(new RuleSource("rules/a.yaml", 2, 23), "an item of list 'baseResources' must be a non-empty text."));
    }

    [Fact]
    public void A_list_with_an_item_that_is_not_a_text_is_not_defined_for_the_conditions_that_use_it()
    {
        var act = () => RuleSetLoader.Load([
            new RuleFile("rules/lists.yaml", "lists:\n  baseResources: [人口, '']\n"),
            new RuleFile("rules/rule.yaml", Rule),
        ]);

        act.Should().Throw<RuleSetLoadException>().Which.Errors.Should().Equal(
            new RuleFileError(new RuleSource("rules/lists.yaml", 2, 23), "an item of list 'baseResources' must be a non-empty text."),
            new RuleFileError(
                new RuleSource("rules/rule.yaml", 5, 33),
                "rule 'test.listed': condition 'baseResources.Contains(Entry.BaseResource)' is not valid: Type 'baseResources' not found."));
    }
}

using SharePolicy.Compilation;
using SharePolicy.Rules;

namespace SharePolicy.Tests.Compilation;

/// <summary>An error in a condition is reported where it is written, however the YAML folds, quotes or indents it.</summary>
public class ConditionPositionTests
{
    [Theory]
    [InlineData("when: >-\n      Entry.Category == ResourceCategory.Base\n      && Entry.Colour == \"red\"", 7, 16)]
    [InlineData("when: |-\n      Entry.Category == ResourceCategory.Base\n      && Entry.Colour == \"red\"", 7, 16)]
    [InlineData("when: >\n      Entry.Category == ResourceCategory.Base\n\n        && Entry.Colour == \"red\"", 8, 18)]
    [InlineData("when: Entry.Category == ResourceCategory.Base\n      && Entry.Colour == \"red\"", 6, 16)]
    [InlineData("when: \"Entry.Category == ResourceCategory.Base\n      && Entry.Colour == \\\"red\\\"\"", 6, 16)]
    [InlineData("when: 'Entry.Category == ResourceCategory.Base\n      && Entry.Colour == ''red'''", 6, 16)]
    [InlineData("when: \"Entry.Name == \\\"a\\\" && Entry.Colour == 1\"", 5, 41)]
    [InlineData("when: \"Entry.Name == \\\"\\u0041\\t\\\" &&\n      Entry.Colour == 1\"", 6, 13)]
    [InlineData("when: \"Entry.Name == \\\"\\U0001F600\\x41\\\" && Entry.Colour == 1\"", 5, 54)]
    [InlineData("when: \"Entry.Name == \\\"a\\\" && \\\n      Entry.Colour == 1\"", 6, 13)]
    public void A_typo_in_a_multi_line_condition_is_reported_at_its_line_and_column(string when, int line, int column)
    {
        var file = $"question: catalog-validation\nrules:\n  - id: typo\n    articles: [\"7\"]\n    {when}\n    effect: Forbid\n    reason: {{ zh-Hans: 测试, en: test }}\n";

        var act = () => RuleSetLoader.Load([new RuleFile("rules/typo.yaml", file)]);

        var error = act.Should().Throw<RuleSetLoadException>().Which.Errors.Should().ContainSingle().Subject;
        error.Where.Should().Be(new RuleSource("rules/typo.yaml", line, column));
        error.Message.Should().Contain("'Colour'");
    }

    [Fact]
    public void Rule_text_that_starts_with_a_byte_order_mark_reads_as_without_it()
    {
        var file = "\uFEFFquestion: catalog-validation\nrules:\n  - id: fine\n    articles: [\"7\"]\n    when: Entry.Format == null\n    effect: Forbid\n    reason: { zh-Hans: 测试, en: test }\n";

        var rules = RuleSetLoader.Load([new RuleFile("rules/bom.yaml", file)]);

        rules.Rules.Should().ContainSingle().Which.Source.Should().Be(new RuleSource("rules/bom.yaml", 3, 5));
    }
}

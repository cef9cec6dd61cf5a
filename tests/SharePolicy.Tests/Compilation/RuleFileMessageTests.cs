using System.Globalization;
using System.Text;
using SharePolicy.Compilation;
using SharePolicy.Model;
using SharePolicy.Rules;
using static SharePolicy.Tests.Compilation.RuleFileSamples;

namespace SharePolicy.Tests.Compilation;

/// <summary>Each error names the field it is about; numbers at the ends of their ranges are kept or refused exactly.</summary>
public class RuleFileMessageTests
{
    private static string Obligations =>
        "    obligations:\n      - kind: TakeFromPlatform\n        zh-Hans: 直接获取\n        en: take it\n        deadline: { workingDays: 10 }";

    [Theory]
    [InlineData("question: [access]")]
    [InlineData("question: { name: access }")]
    public void A_question_that_is_not_a_text_is_reported_naming_question(string question)
    {
        var yaml = Replace(Valid, "question: access", question);

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(new RuleSource(FileName, 1, 11), "question must be a non-empty text."));
    }

    [Fact]
    public void Rules_that_are_not_a_list_are_reported_naming_rules()
    {
        LoadErrors("question: access\nrules: test.grant\n").Should().Equal(
            new RuleFileError(new RuleSource(FileName, 2, 8), "rules must be a list."));
    }

    [Fact]
    public void An_id_that_is_not_a_text_is_reported_naming_id()
    {
        var yaml = Replace(Valid, "id: test.grant", "id: [test.grant]");

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(new RuleSource(FileName, 3, 9), "id must be a non-empty text."));
    }

    [Fact]
    public void A_condition_given_as_a_list_is_reported_naming_when()
    {
        var yaml = Replace(Valid, "when: StatedShareType == ShareType.Unconditional", "when: [StatedShareType == ShareType.Unconditional]");

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(new RuleSource(FileName, 5, 11), "when must be a non-empty text."));
    }

    [Fact]
    public void Obligations_that_are_not_a_list_are_reported_naming_obligations()
    {
        var yaml = Replace(Valid, Obligations, "    obligations: TakeFromPlatform");

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(new RuleSource(FileName, 11, 18), "obligations must be a list."));
    }

    [Theory]
    [InlineData("      zh-Hans: 测试原因", "      zh-Hans: [测试原因]", 9, 16, "reason zh-Hans must be a non-empty text.")]
    [InlineData("      en: test reason", "      en: [test reason]", 10, 11, "reason en must be a non-empty text.")]
    [InlineData("        zh-Hans: 直接获取", "        zh-Hans: [直接获取]", 13, 18, "obligation zh-Hans must be a non-empty text.")]
    [InlineData("        en: take it", "        en: { text: take it }", 14, 13, "obligation en must be a non-empty text.")]
    public void A_text_given_as_a_list_or_mapping_is_reported_naming_what_it_belongs_to_and_its_language(
        string line, string replacement, int errorLine, int column, string message)
    {
        var yaml = Replace(Valid, line, replacement);

        LoadErrors(yaml).Should().Equal(new RuleFileError(new RuleSource(FileName, errorLine, column), message));
    }

    [Fact]
    public void An_obligation_without_English_is_reported_at_the_obligation_naming_it()
    {
        var yaml = Replace(Valid, "        en: take it\n", string.Empty);

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(new RuleSource(FileName, 12, 9), "an obligation has no 'en' field."));
    }

    [Fact]
    public void An_unknown_deadline_field_is_reported_naming_a_deadline()
    {
        var yaml = Replace(Valid, "deadline: { workingDays: 10 }", "deadline: { workingDays: 10, days: 3 }");

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(
                new RuleSource(FileName, 15, 38),
                "unknown field 'days' in a deadline; expected one of: workingDays, extendableBy, restartsWhenMaterialsArrive, endOfMonth, yearsAfter, years."));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("13")]
    public void An_end_of_month_outside_1_to_12_is_reported_naming_endOfMonth(string month)
    {
        var yaml = Replace(Valid, "deadline: { workingDays: 10 }", $"deadline: {{ endOfMonth: {month} }}");

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(new RuleSource(FileName, 15, 33), $"endOfMonth must be a whole number from 1 to 12, not '{month}'."));
    }

    [Theory]
    [InlineData("11")]
    [InlineData("abc")]
    [InlineData("-1")]
    public void Years_after_that_are_not_0_to_10_are_reported_naming_yearsAfter(string years)
    {
        var yaml = Replace(Valid, "deadline: { workingDays: 10 }", $"deadline: {{ endOfMonth: 2, yearsAfter: {years} }}");

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(new RuleSource(FileName, 15, 48), $"yearsAfter must be a whole number from 0 to 10, not '{years}'."));
    }

    [Theory]
    [InlineData("{ endOfMonth: 2, yearsAfter: 1 }", 2, 1)]
    [InlineData("{ endOfMonth: 6 }", 6, 0)]
    public void An_end_of_month_deadline_keeps_its_years_after_or_counts_none(string deadline, int month, int years)
    {
        var yaml = Replace(Valid, "deadline: { workingDays: 10 }", "deadline: " + deadline);

        var rule = RuleSetLoader.Load([new RuleFile(FileName, yaml)]).Rules.Should().ContainSingle().Subject;

        var read = rule.Obligations.Should().ContainSingle().Which.Deadline.Should().BeOfType<EndOfMonthDeadline>().Subject;
        read.Month.Should().Be(month);
        read.YearsAfter.Should().Be(years);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(366)]
    public void Working_days_of_1_and_366_are_read_as_written(int days)
    {
        var yaml = Replace(Valid, "deadline: { workingDays: 10 }", $"deadline: {{ workingDays: {days} }}");

        var rule = RuleSetLoader.Load([new RuleFile(FileName, yaml)]).Rules.Should().ContainSingle().Subject;

        rule.Obligations.Should().ContainSingle().Which.Deadline.Should().Be(new WorkingDaysDeadline(days));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("367")]
    public void Working_days_outside_1_to_366_are_reported_naming_the_range(string days)
    {
        var yaml = Replace(Valid, "deadline: { workingDays: 10 }", $"deadline: {{ workingDays: {days} }}");

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(new RuleSource(FileName, 15, 34), $"workingDays must be a whole number from 1 to 366, not '{days}'."));
    }

    [Fact]
    public void A_rule_without_obligations_loads_with_none()
    {
        var yaml = Replace(Valid, "\n" + Obligations, string.Empty);

        var rule = RuleSetLoader.Load([new RuleFile(FileName, yaml)]).Rules.Should().ContainSingle().Subject;

        rule.Obligations.Should().BeEmpty();
    }

    [Fact]
    public void A_rule_with_two_obligations_keeps_both_in_file_order()
    {
        var yaml = Valid + "\n      - { kind: ApplyThroughPlatform, zh-Hans: 提出申请, en: apply, deadline: { endOfMonth: 3, yearsAfter: 1 } }";

        var rule = RuleSetLoader.Load([new RuleFile(FileName, yaml)]).Rules.Should().ContainSingle().Subject;

        rule.Obligations.Should().Equal(
            new ObligationRule(ObligationKind.TakeFromPlatform, new BilingualText("直接获取", "take it"), new WorkingDaysDeadline(10)),
            new ObligationRule(ObligationKind.ApplyThroughPlatform, new BilingualText("提出申请", "apply"), new EndOfMonthDeadline(3, 1)));
    }

    // Each rule opens three mappings and lists (itself, its articles, its reason) and closes them again; only the
    // nesting counts towards the limit of 64, not how many there are in all.
    [Fact]
    public void A_file_of_seventy_rules_loads_every_rule_though_it_holds_over_two_hundred_mappings_and_lists()
    {
        var yaml = new StringBuilder("question: access\nrules:\n");
        for (var i = 1; i <= 70; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $$"""
                  - id: test.rule-{{i}}
                    articles: ["9"]
                    when: StatedShareType == ShareType.Unconditional
                    effect: Permit
                    outcome: Granted
                    reason: { zh-Hans: 原因{{i}}, en: reason {{i}} }

                """);
        }

        var rules = RuleSetLoader.Load([new RuleFile(FileName, yaml.ToString())]).Rules;

        rules.Select(rule => rule.Id).Should().Equal(Enumerable.Range(1, 70).Select(i => $"test.rule-{i}"));
        rules[69].Source.Should().Be(new RuleSource(FileName, 3 + (69 * 6), 5));
    }
}

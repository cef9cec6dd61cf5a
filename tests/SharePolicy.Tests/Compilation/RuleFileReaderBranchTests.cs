using SharePolicy.Compilation;
using SharePolicy.Model;
using SharePolicy.Rules;
using static SharePolicy.Tests.Compilation.RuleFileSamples;

namespace SharePolicy.Tests.Compilation;

public class RuleFileReaderBranchTests
{
    [Fact]
    public void The_valid_file_loads_with_its_deadline()
    {
        var rule = RuleSetLoader.Load([new RuleFile(FileName, Valid)]).Rules.Should().ContainSingle().Subject;

        rule.Obligations.Should().Equal(
            new ObligationRule(ObligationKind.TakeFromPlatform, new BilingualText("直接获取", "take it"), new WorkingDaysDeadline(10)));
        rule.ToString().Should().Be("test.grant (rules/x.yaml:3:5)");
    }

    [Theory]
    [InlineData("just a rule")]
    [InlineData("[test.grant]")]
    public void A_rule_that_is_not_a_mapping_is_reported_at_the_rule(string rule)
    {
        var yaml = $"question: access\nrules:\n  - {rule}\n";

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(
                new RuleSource(FileName, 3, 5),
                "a rule must be a mapping of id, articles, when, effect, outcome, reason, obligations."));
    }

    [Fact]
    public void A_rule_that_is_not_a_mapping_does_not_hide_the_errors_of_the_next_rule()
    {
        var yaml = "question: access\nrules:\n  - just a rule\n" + Valid["question: access\nrules:\n".Length..].Replace("effect: Permit", "effect: Allow");

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(
                new RuleSource(FileName, 3, 5),
                "a rule must be a mapping of id, articles, when, effect, outcome, reason, obligations."),
            new RuleFileError(new RuleSource(FileName, 7, 13), "'Allow' is not a valid effect; expected one of: Permit, Override, Forbid, Require."));
    }

    [Theory]
    [InlineData("articles: [\"9\", \"\"]", 21)]
    [InlineData("articles: [\"9\", [12]]", 21)]
    [InlineData("articles: [\"9\", { article: 12 }]", 21)]
    [InlineData("articles: [\"\", \"9\"]", 16)]
    public void An_article_that_is_not_a_text_is_reported_at_the_article(string articles, int column)
    {
        var yaml = Valid.Replace("articles: [\"9\", \"12¶1\"]", articles);

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(new RuleSource(FileName, 4, column), "an article must be a non-empty text."));
    }

    [Theory]
    [InlineData("- TakeFromPlatform")]
    [InlineData("- [TakeFromPlatform]")]
    public void An_obligation_that_is_not_a_mapping_is_reported_at_the_obligation(string obligation)
    {
        var yaml = Valid[..Valid.IndexOf("      - kind:", StringComparison.Ordinal)] + "      " + obligation + "\n";

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(new RuleSource(FileName, 12, 9), "an obligation must be a mapping of kind, zh-Hans, en, deadline."));
    }

    [Fact]
    public void An_obligation_that_is_not_a_mapping_is_reported_beside_a_valid_one()
    {
        var yaml = Valid + "\n      - TakeFromPlatform";

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(new RuleSource(FileName, 16, 9), "an obligation must be a mapping of kind, zh-Hans, en, deadline."));
    }

    [Theory]
    [InlineData("10")]
    [InlineData("[10]")]
    public void A_deadline_that_is_not_a_mapping_is_reported_at_the_deadline(string deadline)
    {
        var yaml = Valid.Replace("deadline: { workingDays: 10 }", "deadline: " + deadline);

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(new RuleSource(FileName, 15, 19), "a deadline must be a mapping of workingDays, extendableBy, restartsWhenMaterialsArrive, endOfMonth, yearsAfter, years."));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{ yearsAfter: 1 }")]
    [InlineData("{ workingDays: 10, endOfMonth: 2 }")]
    [InlineData("{ workingDays: 10, yearsAfter: 1 }")]
    [InlineData("{ workingDays: 10, endOfMonth: 2, yearsAfter: 1 }")]
    [InlineData("{ endOfMonth: 2, extendableBy: 10 }")]
    [InlineData("{ extendableBy: 10 }")]
    [InlineData("{ endOfMonth: 2, restartsWhenMaterialsArrive: true }")]
    [InlineData("{ years: 3, workingDays: 10 }")]
    [InlineData("{ years: 3, endOfMonth: 2 }")]
    [InlineData("{ years: 3, yearsAfter: 1 }")]
    [InlineData("{ years: 3, extendableBy: 10 }")]
    [InlineData("{ years: 3, restartsWhenMaterialsArrive: true }")]
    public void A_deadline_that_is_not_working_days_alone_or_an_end_of_month_is_reported_at_the_deadline(string deadline)
    {
        var yaml = Valid.Replace("deadline: { workingDays: 10 }", "deadline: " + deadline);

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(
                new RuleSource(FileName, 15, 19),
                "a deadline gives either 'workingDays' with an optional 'extendableBy' and 'restartsWhenMaterialsArrive', or 'endOfMonth' with an optional 'yearsAfter', or 'years'."));
    }

    [Theory]
    [InlineData("{ endOfMonth: 2 }", 2, 0)]
    [InlineData("{ endOfMonth: 12, yearsAfter: 10 }", 12, 10)]
    [InlineData("{ yearsAfter: 0, endOfMonth: 1 }", 1, 0)]
    public void An_end_of_month_deadline_with_or_without_years_after_is_read(string deadline, int month, int yearsAfter)
    {
        var yaml = Valid.Replace("deadline: { workingDays: 10 }", "deadline: " + deadline);

        var rule = RuleSetLoader.Load([new RuleFile(FileName, yaml)]).Rules.Single();

        rule.Obligations.Single().Deadline.Should().Be(new EndOfMonthDeadline(month, yearsAfter));
    }

    [Theory]
    [InlineData("{ years: 3 }", 3)]
    [InlineData("{ years: 100 }", 100)]
    public void A_deadline_of_whole_years_is_read(string deadline, int years)
    {
        var yaml = Valid.Replace("deadline: { workingDays: 10 }", "deadline: " + deadline);

        var rule = RuleSetLoader.Load([new RuleFile(FileName, yaml)]).Rules.Single();

        rule.Obligations.Single().Deadline.Should().Be(new YearsDeadline(years));
    }

    [Theory]
    [InlineData("{ workingDays: \"\" }", 34, "workingDays")]
    [InlineData("{ workingDays: [10] }", 34, "workingDays")]
    [InlineData("{ endOfMonth: \"\" }", 33, "endOfMonth")]
    [InlineData("{ endOfMonth: 2, yearsAfter: {} }", 48, "yearsAfter")]
    public void A_deadline_number_that_is_not_a_text_is_reported_at_its_value(string deadline, int column, string field)
    {
        var yaml = Valid.Replace("deadline: { workingDays: 10 }", "deadline: " + deadline);

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(new RuleSource(FileName, 15, column), $"{field} must be a non-empty text."));
    }

    [Fact]
    public void A_deadline_number_out_of_range_is_reported_at_its_value()
    {
        var yaml = Valid.Replace("deadline: { workingDays: 10 }", "deadline: { workingDays: 367 }");

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(new RuleSource(FileName, 15, 34), "workingDays must be a whole number from 1 to 366, not '367'."));
    }

    [Theory]
    [InlineData("effect: \"\"", 6, 13, "effect")]
    [InlineData("effect: [Permit]", 6, 13, "effect")]
    [InlineData("outcome: \"\"", 7, 14, "outcome of the access question")]
    [InlineData("outcome: { value: Granted }", 7, 14, "outcome of the access question")]
    [InlineData("kind: \"\"", 12, 15, "obligation kind")]
    public void An_enum_field_that_is_not_a_text_is_reported_at_its_value(string field, int line, int column, string what)
    {
        var name = field[..field.IndexOf(':', StringComparison.Ordinal)];
        var original = name switch
        {
            "effect" => "effect: Permit",
            "outcome" => "outcome: Granted",
            _ => "kind: TakeFromPlatform",
        };
        var yaml = Valid.Replace(original, field);

        LoadErrors(yaml).Should().Equal(
            new RuleFileError(new RuleSource(FileName, line, column), $"{what} must be a non-empty text."));
    }
}

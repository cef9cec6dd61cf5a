using SharePolicy.ArticleExamples;
using SharePolicy.Compilation;

namespace SharePolicy.Cli.Tests;

public class LintCommandTests
{
    [Fact]
    public async Task The_default_rule_files_load_and_the_last_line_counts_their_rules()
    {
        var run = await CliRun.Of("lint", Path.Combine(RepositoryPaths.Root, "rules"));

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.OutputLines.Should().Equal($"ok: {RuleSetLoader.LoadDefault().Rules.Count} rules in 3 rule sets");
    }

    [Fact]
    public async Task Without_a_directory_the_embedded_library_is_checked_and_with_overlays_the_sample_city_on_top()
    {
        var alone = await CliRun.Of("lint");
        var city = await CliRun.Of("lint", "--overlays", Path.Combine(RepositoryPaths.Root, "samples", "overlays", "rules"));

        alone.OutputLines.Should().Equal($"ok: {RuleSetLoader.LoadDefault().Rules.Count} rules in 3 rule sets");
        city.ExitCode.Should().Be(0);
        city.OutputLines.Should().Equal($"ok: {RuleSetLoader.LoadDefault().Rules.Count + 2} rules in 4 rule sets");
    }

    [Fact]
    public async Task An_overlay_that_would_loosen_national_law_is_a_warning_at_its_rule_and_fails_the_check()
    {
        using var files = new TempFiles();
        files.Write("city/rule-set.yaml", """
            id: test.city
            version: "1"
            instrument: cn.measures-2016
            jurisdiction: { region: "330100", level: Municipal }
            inForce: { from: 2026-01-01 }
            overlays: cn.national.measures-2016
            """);
        var rules = files.Write("city/access.yaml", """
            question: access
            rules:
              - id: city.reply-in-15
                articles: ["12¶1"]
                when: StatedShareType == ShareType.Conditional
                effect: Require
                outcome: ApplicationRequired
                reason: { zh-Hans: 示例, en: Example }
                obligations:
                  - { kind: ProviderReply, zh-Hans: 十五个工作日内答复。, en: Within 15 working days., deadline: { workingDays: 15 } }
            """);

        var run = await CliRun.Of("lint", "--overlays", files.Root);

        run.ExitCode.Should().Be(1);
        run.OutputLines.Should().Equal(
            $"{rules}:3:5: warning: rule 'city.reply-in-15' would loosen national law: 15 working days for ProviderReply, where access.conditional.apply gives 10; the shorter binds.",
            "1 warning");
    }

    [Fact]
    public async Task Every_error_of_every_file_is_printed_as_file_line_column_and_counted_on_the_last_line()
    {
        using var files = new TempFiles();
        var first = files.Write("a.yaml", """
            question: access
            rules:
              - id: demo.grant
                articles: ["27"]
                when: StatedShareType == ShareType.Unconditional
                effect: Allow
                outcome: Granted
                reason: { zh-Hans: 示例, en: Example }
            """);
        var second = files.Write("b.yaml", """
            question: access
            rules:
              - id: demo.other
                articles: ["9"]
                when: StatedShareType == ShareType.Conditional
                effct: Permit
                outcome: ApplicationRequired
                reason: { zh-Hans: 示例, en: Example }
            """);

        var run = await CliRun.Of("lint", files.Root);

        run.ExitCode.Should().Be(1);
        run.OutputLines.Should().Equal(
            $"{first}:4:16: '27': M2016 (Interim Measures for the Management of Government Information Resource Sharing) has articles 1 to 26, not 27",
            $"{first}:6:13: 'Allow' is not a valid effect; expected one of: Permit, Override, Forbid, Require.",
            $"{second}:6:5: unknown field 'effct' in a rule; expected one of: id, articles, when, effect, outcome, reason, obligations.",
            $"{second}:3:5: a rule has no 'effect' field.",
            "4 errors");
    }

    [Fact]
    public async Task One_error_is_counted_in_the_singular()
    {
        using var files = new TempFiles();
        var file = files.Write("a.yaml", "question: acces\nrules: []\n");

        var run = await CliRun.Of("lint", files.Root);

        run.ExitCode.Should().Be(1);
        run.OutputLines[^1].Should().Be("1 error");
        run.OutputLines[0].Should().StartWith($"{file}:1:11: unknown question 'acces'");
    }

    [Fact]
    public async Task A_missing_directory_is_a_usage_error_naming_it()
    {
        var run = await CliRun.Of("lint", "no-such-rules");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be("error: The rule directory 'no-such-rules' does not exist." + Environment.NewLine);
    }

    [Fact]
    public async Task On_a_terminal_the_verdict_is_coloured()
    {
        var run = await CliRun.Styled(OutputStyle.Colour, "lint", Path.Combine(RepositoryPaths.Root, "rules"));

        run.OutputLines.Should().Equal($"\u001b[32mok: {RuleSetLoader.LoadDefault().Rules.Count} rules in 3 rule sets\u001b[0m");
    }
}

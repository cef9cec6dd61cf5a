using SharePolicy.ArticleExamples;
using SharePolicy.Scenarios;

namespace SharePolicy.Cli.Tests;

public class TestCommandTests
{
    // Line 7 and line 10 start the two scenarios; the second one's expectation is wrong.
    private const string Scenarios = """
        ruleSet: ../rules
        question: access
        definitions:
          - &entry { code: R-1, name: 示例资源, provider: { code: P-1, name: 提供部门, level: Municipal, region: "330100" }, category: Departmental, shareType: Conditional, items: [{ code: a, name: 甲, kind: BusinessItem }] }
          - &request { requester: { code: Q-1, name: 使用部门, level: Municipal, region: "330100" }, code: R-1, purpose: { use: DataVerification, duty: 核查 }, method: OnlineQuery, submittedAt: 2025-09-28T10:00:00+08:00 }
        scenarios:
          - name: conditional data is applied for
            given: { entry: *entry, request: *request }
            expect: { outcome: ApplicationRequired, articles: ["12¶1"], firedRules: [demo.apply], deadlines: { ProviderReply: 2025-10-17 } }
          - name: conditional data is granted, says a wrong example
            given: { entry: *entry, request: *request }
            expect: { outcome: Granted, articles: ["12¶1"], firedRules: [] }
        """;

    [Fact]
    public async Task The_article_examples_all_pass_against_the_default_rule_set()
    {
        var directory = Path.Combine(RepositoryPaths.Root, "tests", "SharePolicy.ArticleExamples", "scenarios");
        var count = 0;
        foreach (var path in Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)) // an instrument's examples in a folder of their own
        {
            count += (await ScenarioFileReader.ReadAsync(path)).Scenarios.Count;
        }

        var run = await CliRun.Of("test", directory);

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.OutputLines.Should().Equal($"{count} passed, 0 failed");
    }

    [Fact]
    public async Task A_failing_scenario_is_one_line_with_file_line_name_and_each_difference()
    {
        using var files = new TempFiles();
        files.Write("rules/access.yaml", CliFixtures.ApplyRule);
        var scenarios = files.Write("scenarios/demo.yaml", Scenarios);

        var run = await CliRun.Of("test", Path.Combine(files.Root, "scenarios"));

        run.ExitCode.Should().Be(1);
        run.OutputLines.Should().Equal(
            $"FAIL {scenarios}:10 \"conditional data is granted, says a wrong example\": outcome: expected [Granted], got [ApplicationRequired]; fired rules: expected [], got [demo.apply]",
            "1 passed, 1 failed");
    }

    [Fact]
    public async Task Rules_given_on_the_command_line_replace_the_files_rule_set()
    {
        using var files = new TempFiles();
        files.Write("rules/access.yaml", CliFixtures.ApplyRule);
        files.Write("other/access.yaml", CliFixtures.GrantRule);
        var scenarios = files.Write("scenarios/demo.yaml", Scenarios);

        var run = await CliRun.Of("test", scenarios, "--rules", Path.Combine(files.Root, "other"));

        run.ExitCode.Should().Be(1);
        run.OutputLines.Should().Equal(
            $"FAIL {scenarios}:7 \"conditional data is applied for\": outcome: expected [ApplicationRequired], got [Denied]; articles: expected [M2016 12¶1], got []; fired rules: expected [demo.apply], got []; deadline of ProviderReply: expected [2025-10-17], got []",
            $"FAIL {scenarios}:10 \"conditional data is granted, says a wrong example\": outcome: expected [Granted], got [Denied]; articles: expected [M2016 12¶1], got []",
            "0 passed, 2 failed");
    }

    [Fact]
    public async Task The_sample_overlays_scenarios_pass_on_the_default_library_with_the_city_on_top()
    {
        var run = await CliRun.Of("test", Path.Combine(RepositoryPaths.Root, "samples", "overlays", "scenarios"));

        run.ExitCode.Should().Be(0);
        run.OutputLines.Should().Equal("7 passed, 0 failed");
    }

    [Fact]
    public async Task Every_malformed_file_is_reported_and_nothing_runs()
    {
        using var files = new TempFiles();
        var first = files.Write("a.yaml", "scenarios:\n  - name: no facts\n    expect: { outcome: Granted, articles: [] }\n");
        var second = files.Write("b.yaml", "scenarios: [");

        var run = await CliRun.Of("test", files.Root);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"error: {first}:2:5: 'question' is missing; name the question asked, one of: access, catalog-update, annual-report, reply-review, escalation, use, resubmission, dispute, catalog-validation, project, compliance, delivery, catalog-review, flow-back, disposal, usage-records, service-change",
            $"error: {first}:2:5: a scenario has no 'given' field",
            $"error: {second}:2:1: While parsing a node, did not find expected node content");
    }

    [Fact]
    public async Task A_path_that_is_neither_file_nor_directory_is_a_usage_error()
    {
        var run = await CliRun.Of("test", "no-such-scenarios");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("error: 'no-such-scenarios' is neither a scenario file nor a directory." + Environment.NewLine);
    }

    [Fact]
    public async Task A_scenario_the_engine_refuses_fails_with_the_reason()
    {
        using var files = new TempFiles();
        files.Write("rules/access.yaml", CliFixtures.ApplyRule);
        var scenarios = files.Write("scenarios/demo.yaml", Scenarios.Replace("code: R-1, purpose", "code: R-1, items: [z], purpose", StringComparison.Ordinal));

        var run = await CliRun.Of("test", scenarios);

        run.ExitCode.Should().Be(1);
        run.OutputLines[0].Should().Be($"FAIL {scenarios}:7 \"conditional data is applied for\": error: Item 'z' is not in catalog entry 'R-1'. (Parameter 'request')");
        run.OutputLines[^1].Should().Be("0 passed, 2 failed");
    }

    [Fact]
    public async Task On_a_terminal_failures_are_red_and_locations_bold()
    {
        using var files = new TempFiles();
        files.Write("rules/access.yaml", CliFixtures.ApplyRule);
        var scenarios = files.Write("scenarios/demo.yaml", Scenarios);

        var run = await CliRun.Styled(OutputStyle.Colour, "test", scenarios);

        run.OutputLines.Should().Equal(
            $"\u001b[31mFAIL\u001b[0m \u001b[1m{scenarios}:10\u001b[0m \"conditional data is granted, says a wrong example\": outcome: expected [Granted], got [ApplicationRequired]; fired rules: expected [], got [demo.apply]",
            "\u001b[31m1 passed, 1 failed\u001b[0m");
    }
}

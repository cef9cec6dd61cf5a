using System.Text.Json;
using SharePolicy.ArticleExamples;

namespace SharePolicy.Cli.Tests;

public class DecideCommandTests
{
    [Fact]
    public async Task Prints_the_outcome_items_reasons_obligations_with_deadlines_articles_and_fired_rules()
    {
        using var files = new TempFiles();
        files.Write("rules/access.yaml", CliFixtures.ApplyRule);
        var request = files.Write("request.yaml", CliFixtures.ConditionalRequest);

        var run = await CliRun.Of("decide", request, "--rules", Path.Combine(files.Root, "rules"));

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.OutputLines.Should().Equal(
            "outcome:  ApplicationRequired",
            "item:     a: ApplicationRequired",
            "reason:   demo.apply (M2016 Art. 12 ¶1)",
            "          有条件共享，须申请。",
            "          Conditional data is applied for.",
            "must:     ProviderReply, due 2025-10-17 (ends 2025-10-18T00:00:00+08:00)",
            "          十个工作日内答复。",
            "          The provider replies within 10 working days.",
            "articles: M2016 Art. 12 ¶1 《政务信息资源共享管理暂行办法》第十二条第一款",
            "fired:    demo.apply",
            "as of:    2025-09-28",
            "readings: clockRestartsWhenMaterialsArrive=true, extensionForEarlierApplications=false",
            $"rule set: rules 0 sha256:{Sha256Of(files.Root)}");
    }

    [Fact]
    public async Task The_stamp_is_the_hash_of_the_rule_sets_files_and_changes_with_them()
    {
        using var files = new TempFiles();
        files.Write("rules/access.yaml", CliFixtures.ApplyRule);
        var request = files.Write("request.yaml", CliFixtures.ConditionalRequest);
        var before = await CliRun.Of("decide", request, "--rules", Path.Combine(files.Root, "rules"), "--json");
        files.Write("rules/access.yaml", CliFixtures.ApplyRule.Replace("Conditional data is applied for.", "Conditional data is applied for!", StringComparison.Ordinal));

        var after = await CliRun.Of("decide", request, "--rules", Path.Combine(files.Root, "rules"), "--json");

        static string Stamp(CliRun run) => JsonDocument.Parse(run.Output).RootElement.GetProperty("ruleSets")[0].GetProperty("sha256").GetString()!;
        Stamp(before).Should().MatchRegex("^[0-9a-f]{64}$").And.NotBe(Stamp(after));
    }

    // The SHA-256 of a rule set without a manifest: each file's name, a line feed, its text and a line feed, in name order.
    private static string Sha256Of(string root)
    {
        var text = string.Concat(Directory.GetFiles(Path.Combine(root, "rules")).Order(StringComparer.Ordinal)
            .Select(path => Path.GetFileName(path) + "\n" + File.ReadAllText(path).ReplaceLineEndings("\n") + "\n"));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public async Task With_overlays_and_a_jurisdiction_the_citys_rules_decide_too()
    {
        using var files = new TempFiles();
        var request = files.Write("request.yaml", CliFixtures.ConditionalRequest.Replace("2025-09-28T10:00:00+08:00", "2024-03-04T10:00:00+08:00", StringComparison.Ordinal));
        var overlays = Path.Combine(RepositoryPaths.Root, "samples", "overlays", "rules");

        var national = await CliRun.Of("decide", request, "--overlays", overlays);
        var city = await CliRun.Of("decide", request, "--overlays", overlays, "--jurisdiction", "330100");
        var wrong = await CliRun.Of("decide", request, "--overlays", overlays, "--jurisdiction", "Hangzhou");

        national.OutputLines.Should().Contain("must:     ProviderReply, due 2024-03-18 (ends 2024-03-19T00:00:00+08:00)")
            .And.ContainSingle(line => line.StartsWith("rule set: ", StringComparison.Ordinal));
        city.OutputLines.Should().Contain("must:     ProviderReply, due 2024-03-11 (ends 2024-03-12T00:00:00+08:00)")
            .And.Contain("must:     ProceduralStep, due 2024-03-07 (ends 2024-03-08T00:00:00+08:00)")
            .And.Contain(line => line.StartsWith("rule set: cn.zj.hangzhou.example 2026.1 sha256:", StringComparison.Ordinal));
        wrong.ExitCode.Should().Be(2);
        wrong.Error.Should().StartWith("error: jurisdiction 'Hangzhou' is not an administrative division code");
    }

    [Fact]
    public async Task With_json_prints_one_object_a_program_can_read()
    {
        using var files = new TempFiles();
        files.Write("rules/access.yaml", CliFixtures.ApplyRule);
        var request = files.Write("request.yaml", CliFixtures.ConditionalRequest);

        var run = await CliRun.Of("decide", request, "--rules", Path.Combine(files.Root, "rules"), "--json");

        run.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(run.Output);
        var decision = json.RootElement;
        decision.GetProperty("outcome").GetString().Should().Be("ApplicationRequired");
        decision.GetProperty("items")[0].GetProperty("itemCode").GetString().Should().Be("a");
        decision.GetProperty("items")[0].GetProperty("outcome").GetString().Should().Be("ApplicationRequired");
        var obligation = decision.GetProperty("obligations")[0];
        obligation.GetProperty("kind").GetString().Should().Be("ProviderReply");
        obligation.GetProperty("text").GetProperty("zhHans").GetString().Should().Be("十个工作日内答复。");
        obligation.GetProperty("deadline").GetProperty("dueDate").GetString().Should().Be("2025-10-17");
        obligation.GetProperty("deadline").GetProperty("endsAt").GetString().Should().Be("2025-10-17T16:00:00Z");
        decision.GetProperty("reasons")[0].GetProperty("ruleId").GetString().Should().Be("demo.apply");
        decision.GetProperty("articles")[0].GetProperty("article").GetInt32().Should().Be(12);
        decision.GetProperty("articles")[0].GetProperty("paragraph").GetInt32().Should().Be(1);
        decision.GetProperty("firedRules").EnumerateArray().Select(rule => rule.GetString()).Should().Equal("demo.apply");
        decision.GetProperty("decidedAt").GetString().Should().Be("2025-09-28T02:00:00Z");
        decision.GetProperty("asOf").GetString().Should().Be("2025-09-28");
        var stamp = decision.GetProperty("ruleSets").EnumerateArray().Should().ContainSingle().Subject;
        stamp.GetProperty("id").GetString().Should().Be("rules");
        stamp.GetProperty("version").GetString().Should().Be("0");
        stamp.GetProperty("sha256").GetString().Should().Be(Sha256Of(files.Root));
    }

    [Fact]
    public async Task With_provisional_a_deadline_in_a_year_without_its_notice_is_printed_provisional_with_its_reason()
    {
        using var files = new TempFiles();
        files.Write("rules/access.yaml", CliFixtures.ApplyRule);
        var request = files.Write("request.yaml", CliFixtures.ConditionalRequest.Replace("2025-09-28T10:00:00+08:00", "2026-12-25T10:00:00+08:00", StringComparison.Ordinal));

        var text = await CliRun.Of("decide", request, "--rules", Path.Combine(files.Root, "rules"), "--provisional");
        var json = await CliRun.Of("decide", request, "--rules", Path.Combine(files.Root, "rules"), "--provisional", "--json");
        var refused = await CliRun.Of("decide", request, "--rules", Path.Combine(files.Root, "rules"));

        text.OutputLines.Should().Contain("must:     ProviderReply, due 2027-01-11 provisional (ends 2027-01-12T00:00:00+08:00)")
            .And.Contain("reason:   provisional-deadline");
        var deadline = JsonDocument.Parse(json.Output).RootElement.GetProperty("obligations")[0].GetProperty("deadline");
        deadline.GetProperty("isProvisional").GetBoolean().Should().BeTrue();
        deadline.GetProperty("provisionalFrom").GetString().Should().Be("2026-12-31T16:00:00Z");
        refused.ExitCode.Should().Be(2);
        refused.Error.Should().StartWith("error: 2027-01-01 is outside the working-day calendar");
    }

    [Fact]
    public async Task The_sample_request_is_decided_with_the_default_rule_set()
    {
        var run = await CliRun.Of("decide", Path.Combine(RepositoryPaths.Root, "samples", "requests", "conditional-access.yaml"));

        run.ExitCode.Should().Be(0);
        run.OutputLines[0].Should().Be("outcome:  ApplicationRequired");
        run.OutputLines.Should().Contain("must:     ProviderReply, due 2025-10-17 (ends 2025-10-18T00:00:00+08:00)");
    }

    [Fact]
    public async Task A_reading_given_on_the_command_line_moves_the_reply_deadline()
    {
        var sample = Path.Combine(RepositoryPaths.Root, "samples", "requests", "materials-supplied.yaml");

        var restarting = await CliRun.Of("decide", sample);
        var notRestarting = await CliRun.Of("decide", sample, "--reading", "clockRestartsWhenMaterialsArrive=false");
        var twice = await CliRun.Of("decide", sample, "--reading", "clockRestartsWhenMaterialsArrive=false", "--reading", "clockRestartsWhenMaterialsArrive=true");

        restarting.OutputLines.Should().Contain("must:     ProviderReply, due 2025-10-22 (ends 2025-10-23T00:00:00+08:00)");
        notRestarting.ExitCode.Should().Be(0);
        notRestarting.OutputLines.Should().Contain("must:     ProviderReply, due 2025-10-16 (ends 2025-10-17T00:00:00+08:00)")
            .And.Contain("readings: clockRestartsWhenMaterialsArrive=false, extensionForEarlierApplications=false");
        restarting.OutputLines.Should().Contain("readings: clockRestartsWhenMaterialsArrive=true, extensionForEarlierApplications=false");
        twice.OutputLines.Should().Contain("must:     ProviderReply, due 2025-10-22 (ends 2025-10-23T00:00:00+08:00)");
    }

    [Fact]
    public async Task A_period_to_keep_is_printed_as_kept_until_its_last_day()
    {
        using var files = new TempFiles();
        var request = files.Write("record.yaml", """
            question: usage-records
            given:
              usageRecord:
                requester: { code: "11330100MB0000001X", name: 杭州市民政局, level: Municipal, region: "330100" }
                code: "330100-GA-0007"
                kind: Process
                madeAt: 2025-10-20T10:00:00+08:00
            """);

        var text = await CliRun.Of("decide", request);
        var json = await CliRun.Of("decide", request, "--json");

        text.OutputLines.Should().Contain("must:     KeepUsageRecords, kept until 2028-10-20 (ends 2028-10-21T00:00:00+08:00)");
        var deadline = JsonDocument.Parse(json.Output).RootElement.GetProperty("obligations")[0].GetProperty("deadline");
        deadline.GetProperty("isMinimumPeriod").GetBoolean().Should().BeTrue();
        deadline.GetProperty("dueDate").GetString().Should().Be("2028-10-20");
    }

    [Fact]
    public async Task The_command_line_reading_overrides_the_request_files()
    {
        using var files = new TempFiles();
        var sample = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "requests", "materials-supplied.yaml"));
        var request = files.Write("request.yaml", sample.Replace("question: access\n", "question: access\nreadings: { clockRestartsWhenMaterialsArrive: false }\n"));

        var fromFile = await CliRun.Of("decide", request);
        var overridden = await CliRun.Of("decide", request, "--reading", "clockRestartsWhenMaterialsArrive=true");

        fromFile.OutputLines.Should().Contain("must:     ProviderReply, due 2025-10-16 (ends 2025-10-17T00:00:00+08:00)");
        overridden.OutputLines.Should().Contain("must:     ProviderReply, due 2025-10-22 (ends 2025-10-23T00:00:00+08:00)");
    }

    [Theory]
    [InlineData("clockRestarts=false")]
    [InlineData("clockRestartsWhenMaterialsArrive")]
    [InlineData("clockRestartsWhenMaterialsArrive=maybe")]
    [InlineData("clockRestartsWhenMaterialsArrive=TRUE")]
    [InlineData("clockRestartsWhenMaterialsArrive= false")]
    public async Task A_reading_that_is_not_a_name_and_a_boolean_is_a_usage_error(string setting)
    {
        var run = await CliRun.Of("decide", Path.Combine(RepositoryPaths.Root, "samples", "requests", "materials-supplied.yaml"), "--reading", setting);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be($"error: --reading '{setting}' is not NAME=true or NAME=false; NAME is one of: clockRestartsWhenMaterialsArrive, extensionForEarlierApplications." + Environment.NewLine);
    }

    [Fact]
    public async Task A_request_file_without_facts_is_a_usage_error_naming_file_and_line()
    {
        using var files = new TempFiles();
        var request = files.Write("request.yaml", "definitions: []\n");

        var run = await CliRun.Of("decide", request);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"error: {request}:1:1: 'question' is missing; name the question asked, one of: access, catalog-update, annual-report, reply-review, escalation, use, resubmission, dispute, catalog-validation, project, compliance, delivery, catalog-review, flow-back, disposal, usage-records, service-change",
            $"error: {request}:1:1: a request file has no 'given' field");
    }

    [Fact]
    public async Task A_missing_request_file_is_a_usage_error()
    {
        var run = await CliRun.Of("decide", "no-such-request.yaml");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("error: The file 'no-such-request.yaml' does not exist." + Environment.NewLine);
    }

    [Fact]
    public async Task On_a_terminal_labels_are_muted_and_the_outcome_bold()
    {
        using var files = new TempFiles();
        files.Write("rules/access.yaml", CliFixtures.ApplyRule);
        var request = files.Write("request.yaml", CliFixtures.ConditionalRequest);

        var run = await CliRun.Styled(OutputStyle.Colour, "decide", request, "--rules", Path.Combine(files.Root, "rules"));

        run.OutputLines[0].Should().Be("\u001b[2moutcome:  \u001b[0m\u001b[1mApplicationRequired\u001b[0m");
    }
}

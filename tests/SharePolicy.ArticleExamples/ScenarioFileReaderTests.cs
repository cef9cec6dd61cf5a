using NodaTime;
using SharePolicy.Questions;
using SharePolicy.Rules;
using SharePolicy.Scenarios;

namespace SharePolicy.ArticleExamples;

/// <summary>
/// Scenario and request files are read node by node: every error of a file is reported with its line and column, the
/// facts are read by each question's own binding, and no file can exhaust the reader.
/// </summary>
public class ScenarioFileReaderTests
{
    private const string Department = "{ code: D-1, name: 部门, level: Municipal, region: \"330100\" }";

    private static readonly string Negotiation = $"negotiation: {{ requester: {Department}, provider: {Department}, code: R-1, failed: true }}";

    [Fact]
    public void Every_error_of_a_file_is_reported_with_its_line_and_column()
    {
        var yaml = $$"""
            scenarios:
              - name: one
                question: escalaton
                given: { {{Negotiation}} }
                expect: { outcome: Negotiate, articles: [] }
              - name: two
                question: escalation
                now: 2025-06-02T10:00:00+08:00
                given: { negotiation: { requester: {{Department}}, provider: { code: D-2, name: 部门, level: Township, region: "330100" }, code: R-1, failed: true } }
                expect: { outcome: Granted, articles: ["27"] }
            """;

        var errors = Read(yaml);

        errors.Should().Equal(
            "s.yaml:3:15: unknown question 'escalaton'; expected one of: access, catalog-update, annual-report, reply-review, escalation, use, resubmission, dispute, catalog-validation, project, compliance, delivery, catalog-review, flow-back, disposal, usage-records, service-change",
            $"s.yaml:9:{yaml.Split('\n')[8].IndexOf("Township", StringComparison.Ordinal) + 1}: 'Township' is not a valid department level; expected one of: Central, Provincial, Municipal, County",
            "s.yaml:10:24: 'Granted' is not a valid outcome of the escalation question; expected one of: Negotiate, SameLevelAuthority, CommonSuperiorAuthority, PeoplesGovernment, JointConference",
            "s.yaml:10:44: '27': M2016 (Interim Measures for the Management of Government Information Resource Sharing) has articles 1 to 26, not 27");
    }

    [Fact]
    public void A_question_whose_facts_state_no_time_needs_a_now_and_the_files_serves()
    {
        var without = $"scenarios:\n  - {{ name: a, question: escalation, given: {{ {Negotiation} }}, expect: {{ outcome: Negotiate, articles: [] }} }}\n";
        var withFile = "now: 2025-06-02T10:00:00+08:00\n" + without;

        Read(without).Should().ContainSingle().Which.Should().StartWith(
            "s.yaml:2:5: the escalation question's facts state no time; give 'now' (here or at the top of the file)");
        ScenarioFileReader.Parse("s.yaml", withFile).Scenarios.Single().Now.Should().Be(Instant.FromUtc(2025, 6, 2, 2, 0));
    }

    [Fact]
    public void The_time_of_the_facts_comes_before_the_files_now_and_the_scenarios_before_both()
    {
        var change = $"change: {{ department: {Department}, kind: LawRevised, occurredAt: 2025-09-26T10:00:00+08:00 }}";
        var yaml = $$"""
            now: 2025-06-02T10:00:00+08:00
            question: catalog-update
            scenarios:
              - { name: facts, given: { {{change}} }, expect: { outcome: UpdateRequired, articles: [] } }
              - { name: own, now: 2025-12-01T10:00:00+08:00, given: { {{change}} }, expect: { outcome: UpdateRequired, articles: [] } }
            """;

        var scenarios = ScenarioFileReader.Parse("s.yaml", yaml).Scenarios;

        scenarios[0].Now.Should().Be(Instant.FromUtc(2025, 9, 26, 2, 0));
        scenarios[1].Now.Should().Be(Instant.FromUtc(2025, 12, 1, 2, 0));
        scenarios.Should().AllSatisfy(scenario => scenario.Question.Should().BeSameAs(PolicyQuestions.CatalogUpdate));
        scenarios[0].Input.Should().BeOfType<CatalogChange>().Which.Kind.Should().Be(CatalogChangeKind.LawRevised);
    }

    [Fact]
    public void A_merge_key_lends_its_fields_and_a_field_stated_beside_it_wins()
    {
        var yaml = $$"""
            question: escalation
            now: 2025-06-02T10:00:00+08:00
            definitions:
              - &talk { requester: {{Department}}, provider: {{Department}}, code: R-1, failed: true }
            scenarios:
              - { name: a, given: { negotiation: { <<: *talk, failed: false } }, expect: { outcome: Negotiate, articles: [] } }
            """;

        ScenarioFileReader.Parse("s.yaml", yaml).Scenarios.Single().Input.Should().BeOfType<SharingNegotiation>()
            .Which.Failed.Should().BeFalse();
    }

    [Fact]
    public void Expectations_that_belong_to_another_question_are_refused()
    {
        var yaml = $"now: 2025-06-02T10:00:00+08:00\nscenarios:\n  - {{ name: a, question: escalation, given: {{ {Negotiation} }}, expect: {{ outcome: Negotiate, articles: [], items: {{ a: Granted }}, findings: [\"24(1)\"] }} }}\n";

        Read(yaml).Should().HaveCount(2).And.Contain(error => error.EndsWith("'expect.items' is only for the access question", StringComparison.Ordinal))
            .And.Contain(error => error.EndsWith("'expect.findings' is only for the compliance question", StringComparison.Ordinal));
    }

    [Fact]
    public void An_alias_bomb_is_an_error_at_its_line_not_an_exhausted_memory()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 9; i++)
        {
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        }

        Read(string.Join("\n", lines) + "\nscenarios: []\n").Should().ContainSingle()
            .Which.Should().Contain("expands to more than 1000000 YAML events");
    }

    [Fact]
    public void A_file_nested_too_deep_or_too_large_is_refused_before_it_is_read_whole()
    {
        var deep = "scenarios: " + new string('[', 40) + new string(']', 40) + "\n";
        var large = "scenarios: []\n#" + new string('x', 1 << 20) + "\n";

        Read(deep).Should().ContainSingle().Which.Should().EndWith("the file nests deeper than 32 levels");
        Read(large).Should().ContainSingle().Which.Should().Contain("a scenario or request file may be at most 1048576");
    }

    [Fact]
    public void A_request_file_names_its_question_place_and_time()
    {
        var request = RequestFileReader.Parse("r.yaml", $"question: escalation\nnow: 2025-06-02T10:00:00+08:00\njurisdiction: \"330100\"\ngiven: {{ {Negotiation} }}\n");
        var wrongPlace = () => RequestFileReader.Parse("r.yaml", $"question: escalation\nnow: 2025-06-02T10:00:00+08:00\njurisdiction: Hangzhou\ngiven: {{ {Negotiation} }}\n");

        request.Question.Should().BeSameAs(PolicyQuestions.Escalation);
        request.Jurisdiction.Should().Be("330100");
        request.Time.Should().Be(Instant.FromUtc(2025, 6, 2, 2, 0));
        wrongPlace.Should().Throw<ScenarioFormatException>().Which.Errors.Single().ToString()
            .Should().StartWith("r.yaml:3:15: jurisdiction 'Hangzhou' is not an administrative division code");
        request.Readings.Should().Be(LegalReadings.Default);
    }

    [Theory]
    [InlineData("\"true\"")]
    [InlineData("'false'")]
    public void A_quoted_boolean_is_text_and_refused_at_its_value(string quoted)
    {
        var act = () => RequestFileReader.Parse("r.yaml", $"question: escalation\nnow: 2025-06-02T10:00:00+08:00\nreadings: {{ extensionForEarlierApplications: {quoted} }}\ngiven: {{ {Negotiation} }}\n");

        act.Should().Throw<ScenarioFormatException>().Which.Errors.Single().ToString()
            .Should().Be($"r.yaml:3:46: extensionForEarlierApplications must be true or false, unquoted, not the text {quoted}");
    }

    [Fact]
    public void A_request_file_reads_the_law_as_its_readings_say_and_refuses_an_unknown_one()
    {
        var request = RequestFileReader.Parse("r.yaml", $"question: escalation\nnow: 2025-06-02T10:00:00+08:00\nreadings: {{ extensionForEarlierApplications: true }}\ngiven: {{ {Negotiation} }}\n");
        var unknown = () => RequestFileReader.Parse("r.yaml", $"question: escalation\nnow: 2025-06-02T10:00:00+08:00\nreadings: {{ clockRestarts: false }}\ngiven: {{ {Negotiation} }}\n");
        var notBoolean = () => RequestFileReader.Parse("r.yaml", $"question: escalation\nnow: 2025-06-02T10:00:00+08:00\nreadings: {{ clockRestartsWhenMaterialsArrive: often }}\ngiven: {{ {Negotiation} }}\n");

        request.Readings.Should().Be(new LegalReadings { ExtensionForEarlierApplications = true });
        unknown.Should().Throw<ScenarioFormatException>().Which.Errors.Single().ToString().Should().StartWith("r.yaml:3:13: ");
        notBoolean.Should().Throw<ScenarioFormatException>().Which.Errors.Single().ToString().Should().StartWith("r.yaml:3:47: ");
    }

    [Fact]
    public void A_model_refusal_is_reported_at_the_facts_it_refuses()
    {
        var yaml = "question: use\nnow: 2025-06-02T10:00:00+08:00\nscenarios:\n  - name: a\n    given:\n      grant: { grantee: " + Department
            + ", code: R-1, items: [a], purpose: { use: WorkReference, duty: x } }\n      use: { user: " + Department
            + ", purpose: { use: WorkReference, duty: x }, items: [] }\n    expect: { outcome: Allowed, articles: [] }\n";

        Read(yaml).Should().ContainSingle().Which.Should().Be("s.yaml:7:12: A use must name at least one item");
    }

    private static List<string> Read(string yaml)
    {
        var act = () => ScenarioFileReader.Parse("s.yaml", yaml);
        return [.. act.Should().Throw<ScenarioFormatException>().Which.Errors.Select(error => error.ToString())];
    }
}

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SharePolicy.Compilation;
using SharePolicy.Questions;
using SharePolicy.Rules;
using SharePolicy.Scenarios;

namespace SharePolicy.ArticleExamples;

/// <summary>
/// The JSON Schemas that editors use to complete and check rule, scenario and request files accept every file of
/// the repository, refuse a misspelt field, and name exactly the fields and values the readers accept.
/// </summary>
public class SchemaTests
{
    private static readonly string RuleSchemaPath = Path.Combine(RepositoryPaths.Root, "rules", "rule-file.schema.json");
    private static readonly string ManifestSchemaPath = Path.Combine(RepositoryPaths.Root, "rules", "rule-set.schema.json");
    private static readonly string ScenarioSchemaPath = FileSchemas.ScenarioPath;
    private static readonly string RequestSchemaPath = FileSchemas.RequestPath;

    // Built once, in one registry, so that the request schema reaches the scenario schema it refers to. Each gets the
    // base URI of its name in one folder, as an editor sees them: with the file URI it makes by itself, JsonSchema.Net
    // 8.0.5 resolved the request schema's relative $ref to the folder instead of the scenario schema.
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(() =>
    {
        var options = new BuildOptions();
        JsonSchema Build(string path) => JsonSchema.FromFile(path, options, new Uri("file:///schemas/" + Path.GetFileName(path)));
        var scenario = Build(ScenarioSchemaPath);
        options.SchemaRegistry.Register(scenario);
        return new Dictionary<string, JsonSchema>
        {
            [RuleSchemaPath] = Build(RuleSchemaPath),
            [ManifestSchemaPath] = Build(ManifestSchemaPath),
            [ScenarioSchemaPath] = scenario,
            [RequestSchemaPath] = Build(RequestSchemaPath),
        };
    });

    // Instrument files and manifests are not rule files.
    public static TheoryData<string> RuleFiles => new(Paths(RuleDirectories)
        .Where(file => !file.Contains("/instruments/", StringComparison.Ordinal) && !file.EndsWith("/rule-set.yaml", StringComparison.Ordinal)));

    public static TheoryData<string> Manifests => new(Paths(RuleDirectories).Where(file => file.EndsWith("/rule-set.yaml", StringComparison.Ordinal)));

    public static TheoryData<string> ScenarioFiles => Files("tests/SharePolicy.ArticleExamples/scenarios", "samples/overlays/scenarios");

    private static string[] RuleDirectories => ["rules", "tests/SharePolicy.ArticleExamples/rule-sets", "samples/overlays/rules"];

    public static TheoryData<string> RequestFiles => Files("samples/requests");

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Every_rule_file_is_valid_by_the_rule_schema(string file) =>
        Errors(RuleSchemaPath, file).Should().BeEmpty();

    [Theory]
    [MemberData(nameof(Manifests))]
    public void Every_rule_set_manifest_is_valid_by_the_manifest_schema(string file) =>
        Errors(ManifestSchemaPath, file).Should().BeEmpty();

    [Fact]
    public void The_scenario_and_request_file_schemas_are_built_from_the_questions_fragments()
    {
        var (scenario, request) = FileSchemas.Build();
        if (Environment.GetEnvironmentVariable("SHAREPOLICY_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(ScenarioSchemaPath, scenario);
            File.WriteAllText(RequestSchemaPath, request);
        }

        File.ReadAllText(ScenarioSchemaPath).ReplaceLineEndings("\n").Should().Be(scenario, "scenario-file.schema.json is generated; rerun the tests with SHAREPOLICY_UPDATE_DOCS=1");
        File.ReadAllText(RequestSchemaPath).ReplaceLineEndings("\n").Should().Be(request, "request-file.schema.json is generated; rerun the tests with SHAREPOLICY_UPDATE_DOCS=1");
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Every_scenario_file_is_valid_by_the_scenario_schema(string file) =>
        Errors(ScenarioSchemaPath, file).Should().BeEmpty();

    [Theory]
    [MemberData(nameof(RequestFiles))]
    public void Every_sample_request_file_is_valid_by_the_request_schema(string file) =>
        Errors(RequestSchemaPath, file).Should().BeEmpty();

    [Fact]
    public void A_misspelt_field_and_a_wrong_outcome_are_refused()
    {
        var rule = """
            question: use
            rules:
              - { id: a.b, articles: ["14"], when: "true", effect: Permit, outcome: Granted, reason: { zh-Hans: 甲, en: A } }
              - { id: a.c, articles: ["14"], when: "true", effct: Forbid, reason: { zh-Hans: 甲, en: A } }
            """;
        var scenario = "scenarios:\n  - { name: x, question: annual-report, given: { report: { reporter: null, yeer: 2025 } }, expect: { outcome: Granted, articles: [] } }\n";

        Evaluate(RuleSchemaPath, YamlJson.Parse(rule)).Should().Contain(error => error.Contains("/rules/0/outcome", StringComparison.Ordinal))
            .And.Contain(error => error.Contains("/rules/1", StringComparison.Ordinal) && error.Contains("effct", StringComparison.Ordinal));
        Evaluate(ScenarioSchemaPath, YamlJson.Parse(scenario)).Should().Contain(error => error.Contains("yeer", StringComparison.Ordinal))
            .And.Contain(error => error.Contains("/scenarios/0/expect/outcome", StringComparison.Ordinal), "Granted is no outcome of the annual-report question");
    }

    [Fact]
    public void The_rule_schema_names_every_question_with_its_outcomes_every_effect_and_every_obligation_kind()
    {
        var defs = Schema(RuleSchemaPath)["$defs"]!;

        Names(defs["question"]!["enum"]).Should().Equal(PolicyQuestions.All.Select(question => question.Name));
        foreach (var question in PolicyQuestions.All)
        {
            Names(defs["outcomes"]!["$defs"]![question.Name]?["enum"]).Should().Equal(Enum.GetNames(question.OutcomeType), question.Name);
        }

        Names(defs["effect"]!["enum"]).Should().Equal(Enum.GetNames<RuleEffect>());
        Names(defs["obligationKind"]!["enum"]).Should().Equal(Enum.GetNames<ObligationKind>());
    }

    [Fact]
    public void The_rule_schema_names_exactly_the_fields_the_rule_file_reader_accepts()
    {
        var schema = Schema(RuleSchemaPath);
        var defs = schema["$defs"]!;

        Keys(schema["properties"]).Should().BeEquivalentTo(ReaderFields("FileFields"));
        Keys(defs["rule"]!["properties"]).Should().BeEquivalentTo(ReaderFields("RuleFields"));
        Keys(defs["text"]!["properties"]).Should().BeEquivalentTo(ReaderFields("TextFields"));
        Keys(defs["obligation"]!["properties"]).Should().BeEquivalentTo(ReaderFields("ObligationFields"));
        Keys(defs["deadline"]!["properties"]).Should().BeEquivalentTo(ReaderFields("DeadlineFields"));
    }

    [Fact]
    public void The_scenario_schemas_name_exactly_the_fields_the_scenario_and_request_readers_accept()
    {
        var schema = Schema(ScenarioSchemaPath);
        var defs = schema["$defs"]!;

        Keys(schema["properties"]).Should().BeEquivalentTo(ReaderFields(typeof(ScenarioFileReader), "FileFields"));
        Keys(defs["scenario"]!["properties"]).Should().BeEquivalentTo(ReaderFields(typeof(ScenarioFileReader), "ScenarioFields"));
        Keys(defs["expect"]!["properties"]).Should().BeEquivalentTo(ReaderFields(typeof(ScenarioFileReader), "ExpectFields"));
        Keys(Schema(RequestSchemaPath)["properties"]).Should().BeEquivalentTo(ReaderFields(typeof(RequestFileReader), "Fields"));
    }

    // The facts a question's binding accepts are those its fragment names: a field it does not know is refused, naming those it does.
    public static TheoryData<string> Questions => new(PolicyQuestions.All.Select(question => question.Name));

    [Theory]
    [MemberData(nameof(Questions))]
    public void Each_questions_fragment_names_exactly_the_facts_its_binding_reads(string name)
    {
        var fragment = JsonNode.Parse(File.ReadAllText(Path.Combine(FileSchemas.FolderOf(PolicyQuestions.Find(name)!), "given.schema.json")))!;
        var act = () => RequestFileReader.Parse("request.yaml", $"question: {name}\ngiven: {{ unknownFact: 1 }}\n");

        var message = act.Should().Throw<ScenarioFormatException>().Which.Errors
            .Select(error => error.Reason).Single(reason => reason.Contains("unknownFact", StringComparison.Ordinal));
        message.Split("expected one of: ")[1].Split(", ").Should().BeEquivalentTo(Keys(fragment["given"]!["properties"]));
        var alternatives = fragment["given"]!["oneOf"]?.AsArray().SelectMany(choice => choice!["required"]!.AsArray()) ?? [];
        Keys(fragment["given"]!["properties"]).Should().BeEquivalentTo(
            fragment["given"]!["required"]!.AsArray().Concat(alternatives).Select(key => key!.GetValue<string>()),
            "every fact of a question is required, or one of a set of alternatives (its own fields may be optional)");
    }

    [Fact]
    public void Every_enum_the_scenario_schema_lists_has_exactly_the_values_of_its_type()
    {
        var defs = Schema(ScenarioSchemaPath)["$defs"]!.AsObject();
        var enums = typeof(PolicyQuestion).Assembly.GetTypes().Where(type => type.IsEnum && type.IsPublic).ToDictionary(type => type.Name);
        var listed = defs.Where(pair => enums.ContainsKey(pair.Key)).ToArray();

        listed.Select(pair => pair.Key).Should().Contain(["GovernmentLevel", "ShareType", "ObligationKind", "AccessOutcome", "QualityIssueKind"]);
        foreach (var (name, def) in listed)
        {
            Names(def!["enum"]).Should().Equal(Enum.GetNames(enums[name]), $"$defs/{name} lists the values of {name}");
        }

        foreach (var question in PolicyQuestions.All)
        {
            Names(defs[$"scenario-{question.Name}"]!["properties"]!["expect"]!["properties"]!["outcome"]!["enum"])
                .Should().Equal(Enum.GetNames(question.OutcomeType), question.Name);
        }
    }

    // The *.yaml files under the folders, subfolders included, as paths from the repository's root.
    private static TheoryData<string> Files(params string[] folders) => new(Paths(folders));

    private static IEnumerable<string> Paths(params string[] folders) =>
        folders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.yaml", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static List<string> Errors(string schemaPath, string file) =>
        Evaluate(schemaPath, YamlJson.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, file))));

    // Every error as "instance location: keyword: message".
    private static List<string> Evaluate(string schemaPath, JsonNode? instance)
    {
        var results = Schemas.Value[schemaPath].Evaluate(JsonSerializer.SerializeToElement(instance), new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : (results.Details ?? []).Where(detail => detail.Errors is not null)
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))
                .ToList();
    }

    private static JsonNode Schema(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    private static IEnumerable<string> Keys(JsonNode? properties) => properties?.AsObject().Select(pair => pair.Key) ?? [];

    private static IEnumerable<string?> Names(JsonNode? values) => values?.AsArray().Select(value => value?.GetValue<string>()) ?? [];

    // The reader's private lists of accepted fields: the schema must name the same, so editors suggest only what loads.
    private static string[] ReaderFields(string list) =>
        ReaderFields(typeof(RuleSetLoader).Assembly.GetType("SharePolicy.Compilation.RuleFileReader", throwOnError: true)!, list);

    private static string[] ReaderFields(Type reader, string list) =>
        (string[])reader.GetField(list, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
}

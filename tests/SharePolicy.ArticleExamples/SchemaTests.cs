using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SharePolicy.Compilation;
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
    private static readonly string ScenarioSchemaPath = Path.Combine(RepositoryPaths.Root, "tests", "SharePolicy.ArticleExamples", "scenario-file.schema.json");
    private static readonly string RequestSchemaPath = Path.Combine(RepositoryPaths.Root, "tests", "SharePolicy.ArticleExamples", "request-file.schema.json");

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
            [ScenarioSchemaPath] = scenario,
            [RequestSchemaPath] = Build(RequestSchemaPath),
        };
    });

    // Instrument files are not rule files.
    public static TheoryData<string> RuleFiles => new(Paths("rules", "tests/SharePolicy.ArticleExamples/rule-sets")
        .Where(file => !file.Contains("/instruments/", StringComparison.Ordinal)));

    public static TheoryData<string> ScenarioFiles => Files("tests/SharePolicy.ArticleExamples/scenarios");

    public static TheoryData<string> RequestFiles => Files("samples/requests");

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Every_rule_file_is_valid_by_the_rule_schema(string file) =>
        Errors(RuleSchemaPath, file).Should().BeEmpty();

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
        var scenario = "scenarios:\n  - { name: x, given: { report: { reporter: null, yeer: 2025 } }, expect: { outcome: NotRequired, articles: [] } }\n";

        Evaluate(RuleSchemaPath, YamlJson.Parse(rule)).Should().Contain(error => error.Contains("/rules/0/outcome", StringComparison.Ordinal))
            .And.Contain(error => error.Contains("/rules/1", StringComparison.Ordinal) && error.Contains("effct", StringComparison.Ordinal));
        Evaluate(ScenarioSchemaPath, YamlJson.Parse(scenario)).Should().Contain(error => error.Contains("yeer", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rule_schema_names_every_question_with_its_outcomes_every_effect_and_every_obligation_kind()
    {
        var defs = Schema(RuleSchemaPath)["$defs"]!;

        Names(defs["question"]!["enum"]).Should().Equal(PolicyQuestion.All.Select(question => question.Name));
        foreach (var question in PolicyQuestion.All)
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
    public void The_scenario_schemas_name_exactly_the_fields_and_values_the_scenario_reader_accepts()
    {
        var schema = Schema(ScenarioSchemaPath);
        var defs = schema["$defs"]!;
        var shapes = typeof(ScenarioFile).Assembly.GetTypes().Where(type => type.Name.EndsWith("Dto", StringComparison.Ordinal)).ToArray();

        shapes.Should().NotBeEmpty();
        foreach (var shape in shapes)
        {
            var name = CamelCase(shape.Name[..^"Dto".Length]);
            Keys(defs[name]?["properties"]).Should().BeEquivalentTo(Fields(shape), $"$defs/{name} of scenario-file.schema.json describes {shape.Name}");
        }

        Keys(schema["properties"]).Should().BeEquivalentTo(Fields(Shape("ScenarioDocument")));
        Keys(Schema(RequestSchemaPath)["properties"]).Should().BeEquivalentTo(Fields(Shape("RequestFileDocument")));
        foreach (var values in shapes.SelectMany(shape => shape.GetProperties()).Select(property => EnumOf(property.PropertyType)).OfType<Type>().Distinct())
        {
            Names(defs[values.Name]?["enum"]).Should().Equal(Enum.GetNames(values), $"$defs/{values.Name} lists the values of {values.Name}");
        }

        Names(defs["outcome"]!["enum"]).Should().BeEquivalentTo(PolicyQuestion.All.SelectMany(question => Enum.GetNames(question.OutcomeType)).Distinct());
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

    private static Type Shape(string name) => typeof(ScenarioFile).Assembly.GetType($"SharePolicy.Scenarios.{name}", throwOnError: true)!;

    private static IEnumerable<string> Fields(Type shape) => shape.GetProperties().Select(property => CamelCase(property.Name));

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    // The enum a property holds, alone, nullable, in a list or as a dictionary key.
    private static Type? EnumOf(Type type) =>
        type.IsEnum ? type
        : Nullable.GetUnderlyingType(type) is { IsEnum: true } underlying ? underlying
        : type.IsGenericType ? type.GetGenericArguments().Select(EnumOf).FirstOrDefault(found => found is not null)
        : null;

    // The reader's private lists of accepted fields: the schema must name the same, so editors suggest only what loads.
    private static string[] ReaderFields(string list) =>
        (string[])typeof(RuleSetLoader).Assembly.GetType("SharePolicy.Compilation.RuleFileReader", throwOnError: true)!
            .GetField(list, BindingFlags.NonPublic | BindingFlags.Static)!
            .GetValue(null)!;
}

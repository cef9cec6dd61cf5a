using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.ArticleExamples;

/// <summary>
/// Builds the scenario and request file schemas from their parts: the files' own shape (src/SharePolicy.Scenarios/
/// files.schema.json), the facts every question shares (Questions/Binding/facts.schema.json), and each question's
/// fragment (Questions/QUESTION/given.schema.json) with its outcomes, so that a question added is a fragment added.
/// </summary>
internal static class FileSchemas
{
    public static readonly string ScenarioPath = Path.Combine(RepositoryPaths.Root, "tests", "SharePolicy.ArticleExamples", "scenario-file.schema.json");
    public static readonly string RequestPath = Path.Combine(RepositoryPaths.Root, "tests", "SharePolicy.ArticleExamples", "request-file.schema.json");

    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The folder of a question's files: its class's name without <c>Question</c>, e.g. Questions/ReplyReview.</summary>
    public static string FolderOf(PolicyQuestion question) =>
        Path.Combine(RepositoryPaths.Root, "src", "SharePolicy", "Questions", question.GetType().Name[..^"Question".Length]);

    /// <summary>The two schemas, as their files should read.</summary>
    public static (string Scenario, string Request) Build()
    {
        var files = Read(Path.Combine(RepositoryPaths.Root, "src", "SharePolicy.Scenarios", "files.schema.json"));
        var scenario = files["scenarioFile"]!.DeepClone().AsObject();
        var request = files["requestFile"]!.DeepClone().AsObject();
        var defs = new JsonObject();
        Add(defs, files["$defs"]!.AsObject(), "files.schema.json");
        Add(defs, Read(Path.Combine(RepositoryPaths.Root, "src", "SharePolicy", "Questions", "Binding", "facts.schema.json"))["$defs"]!.AsObject(), "facts.schema.json");
        defs["question"] = new JsonObject
        {
            ["description"] = "A question the policy answers.",
            ["enum"] = new JsonArray([.. PolicyQuestions.All.Select(question => (JsonNode)question.Name)]),
        };

        var fileRules = new JsonArray();
        var scenarioRules = new JsonArray();
        var requestRules = new JsonArray();
        foreach (var question in PolicyQuestions.All)
        {
            var fragmentPath = Path.Combine(FolderOf(question), "given.schema.json");
            var fragment = Read(fragmentPath);
            if (fragment["$defs"] is JsonObject own)
            {
                Add(defs, own, fragmentPath);
            }

            defs[$"given-{question.Name}"] = fragment["given"]!.DeepClone();
            defs[$"scenario-{question.Name}"] = new JsonObject
            {
                ["properties"] = new JsonObject
                {
                    ["given"] = Ref($"#/$defs/given-{question.Name}"),
                    ["expect"] = new JsonObject { ["properties"] = new JsonObject { ["outcome"] = new JsonObject { ["enum"] = Names(question.OutcomeType) } } },
                },
            };
            scenarioRules.Add(When(question, Ref($"#/$defs/scenario-{question.Name}")));
            fileRules.Add(When(question, new JsonObject
            {
                ["properties"] = new JsonObject
                {
                    ["scenarios"] = new JsonObject
                    {
                        ["items"] = new JsonObject
                        {
                            ["if"] = new JsonObject { ["not"] = new JsonObject { ["required"] = new JsonArray("question") } },
                            ["then"] = Ref($"#/$defs/scenario-{question.Name}"),
                        },
                    },
                },
            }));
            requestRules.Add(When(question, new JsonObject { ["properties"] = new JsonObject { ["given"] = Ref($"scenario-file.schema.json#/$defs/given-{question.Name}") } }));
        }

        defs["scenario"]!["allOf"] = scenarioRules;
        scenario["allOf"] = fileRules;
        scenario["$defs"] = defs;
        request["allOf"] = requestRules;
        return (scenario.ToJsonString(Written) + "\n", request.ToJsonString(Written) + "\n");
    }

    private static JsonObject Read(string path) =>
        JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidOperationException($"{path} is not a JSON object.");

    private static void Add(JsonObject defs, JsonObject more, string from)
    {
        foreach (var (name, value) in more)
        {
            if (defs.ContainsKey(name))
            {
                throw new InvalidOperationException($"$defs/{name} of {from} is already defined by another part; each part names its own.");
            }

            defs[name] = value!.DeepClone();
        }
    }

    private static JsonObject When(PolicyQuestion question, JsonNode then) => new()
    {
        ["if"] = new JsonObject
        {
            ["required"] = new JsonArray("question"),
            ["properties"] = new JsonObject { ["question"] = new JsonObject { ["const"] = question.Name } },
        },
        ["then"] = then,
    };

    private static JsonObject Ref(string target) => new() { ["$ref"] = target };

    private static JsonArray Names(Type outcomes) => new([.. Enum.GetNames(outcomes).Select(name => (JsonNode)name)]);
}

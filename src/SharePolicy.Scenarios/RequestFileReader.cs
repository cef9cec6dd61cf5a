using SharePolicy.Files;
using SharePolicy.Rules;

namespace SharePolicy.Scenarios;

/// <summary>
/// Reads request files (docs/scenario-files.md, "Request files"): the <c>question</c> and <c>given</c> of a scenario,
/// with an optional <c>now</c>, <c>jurisdiction</c> and <c>readings</c>; anchors and merge keys are allowed, as in scenario files.
/// </summary>
public static class RequestFileReader
{
    private static readonly string[] Fields = ["question", "now", "jurisdiction", "readings", "definitions", "given"];

    /// <summary>Reads a request file from disk.</summary>
    /// <exception cref="ScenarioFormatException">The file is malformed; the message names each error's line and column.</exception>
    public static async Task<RequestFile> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(path, await ScenarioFileReader.ReadTextAsync(path, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Reads a request file from its text.</summary>
    /// <param name="path">The path errors name.</param>
    /// <param name="content">The YAML text.</param>
    /// <exception cref="ScenarioFormatException">The file is malformed; the message names each error's line and column.</exception>
    public static RequestFile Parse(string path, string content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        var problems = new List<YamlProblem>();
        var reader = new FactsReader(new YamlFields(path, content, problems));
        var request = ScenarioYaml.Load(path, content, problems) is { } node ? Read(reader, node) : null;
        return problems.Count == 0 && request is not null ? request : throw ScenarioFileReader.Failure(problems);
    }

    private static RequestFile? Read(FactsReader reader, YamlDotNet.RepresentationModel.YamlNode node)
    {
        var root = reader.Fields.Map(node, "a request file", Fields);
        if (root is null)
        {
            return null;
        }

        var question = reader.Question(root.Optional("question"), null, root.Node);
        var now = root.Optional("now") is { } nowNode ? reader.Time(nowNode, "now") : null;
        var place = root.Optional("jurisdiction") is { } placeNode ? reader.Jurisdiction(placeNode) : null;
        var readings = root.Optional("readings") is { } readingsNode ? reader.Readings(readingsNode) : LegalReadings.Default;
        var given = root.Required("given") is { } givenNode && question is not null ? reader.Given(question, givenNode) : null;
        if (question is null || given is not var (input, time) || readings is null || reader.Now(now, null, time, question, root.Node) is not { } at)
        {
            return null;
        }

        return new RequestFile(reader.Fields.File, question, input, at) { Jurisdiction = place, Readings = readings };
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.ArticleExamples;

/// <summary>
/// Turns a YAML document into JSON as an editor's YAML language server sees it, so that the JSON Schemas the
/// editors use can be checked against the repository's files: merge keys are applied, aliases copied, and plain
/// scalars typed (null, true and false, numbers); quoted scalars and everything else stay text.
/// </summary>
internal static partial class YamlJson
{
    private static readonly YamlScalarNode MergeKey = new("<<");

    public static JsonNode? Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => Mapping(mapping),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException($"YAML node {node.NodeType} at {node.Start}."),
    };

    // A merge key (<<: *base, or a list of them) gives the fields the mapping does not state itself; the first base wins.
    private static JsonObject Mapping(YamlMappingNode mapping)
    {
        var json = new JsonObject();
        foreach (var (key, value) in mapping.Children.Where(pair => !pair.Key.Equals(MergeKey)))
        {
            json[((YamlScalarNode)key).Value ?? string.Empty] = Convert(value);
        }

        var bases = mapping.Children.TryGetValue(MergeKey, out var merged)
            ? merged is YamlSequenceNode list ? list.Children.Cast<YamlMappingNode>() : [(YamlMappingNode)merged]
            : [];
        foreach (var (key, value) in bases.SelectMany(Mapping))
        {
            if (!json.ContainsKey(key))
            {
                json[key] = value?.DeepClone();
            }
        }

        return json;
    }

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when Integer().IsMatch(text) => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
            _ when Real().IsMatch(text) => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Real();
}

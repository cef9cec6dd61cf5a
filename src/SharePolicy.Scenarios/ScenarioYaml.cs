using SharePolicy.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.Scenarios;

/// <summary>
/// Loads the YAML of scenario and request files as nodes, every alias replaced by a copy of what its anchor marks and
/// merge keys (<c>&lt;&lt;: *base</c>) applied, so that each question's binding reads plain mappings with their lines.
/// </summary>
internal static class ScenarioYaml
{
    /// <summary>How deep a scenario or request file may nest (a compliance record's use's grant's purpose is 7 deep).</summary>
    public const int MaxDepth = 32;

    /// <summary>The largest scenario or request file, in characters.</summary>
    public const int MaxLength = DataDirectory.MaxFileBytes;

    /// <summary>The document's root node; null, with the problem added, when the text is not one YAML document.</summary>
    public static YamlNode? Load(string path, string content, List<YamlProblem> problems)
    {
        if (content.Length > MaxLength)
        {
            problems.Add(new YamlProblem(path, 1, 1, $"the file is {content.Length} characters; a scenario or request file may be at most {MaxLength}."));
            return null;
        }

        // A byte order mark is not part of the YAML.
        var text = content.StartsWith('\uFEFF') ? content[1..] : content;
        var stream = new YamlStream();
        try
        {
            stream.Load(new AliasExpandingParser(new DepthLimitedParser(text, MaxDepth)));
        }
        catch (YamlException exception)
        {
            problems.Add(new YamlProblem(path, (int)exception.Start.Line, (int)exception.Start.Column, Innermost(exception).Message));
            return null;
        }
        catch (DepthLimitedParser.TooDeepException exception)
        {
            problems.Add(new YamlProblem(path, (int)exception.Start.Line, (int)exception.Start.Column, $"the file nests deeper than {MaxDepth} levels."));
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            problems.Add(new YamlProblem(path, 1, 1, stream.Documents.Count == 0 ? "the file is empty." : "the file holds more than one YAML document."));
            return null;
        }

        MergeKeys.Apply(stream.Documents[0].RootNode);
        return stream.Documents[0].RootNode;
    }

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is { } inner ? Innermost(inner) : exception;
}

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.Files;

/// <summary>Loads a small YAML data file (a manifest, an instrument) as one document, every problem reported at its place.</summary>
internal static class YamlFile
{
    /// <summary>
    /// The file's one document, stopped at <paramref name="maxDepth"/> levels of nesting; null, with the problem reported,
    /// when it is not YAML, nests too deep, or holds other than one document. A byte order mark is not part of the YAML.
    /// </summary>
    /// <param name="path">The file, for errors.</param>
    /// <param name="content">Its text.</param>
    /// <param name="what">What the file is, for errors: "an instrument file".</param>
    /// <param name="maxDepth">How deep it may nest.</param>
    /// <param name="errors">Where problems are added.</param>
    /// <param name="fields">The reader of the document's fields, reporting to <paramref name="errors"/>.</param>
    public static YamlNode? Load(string path, string content, string what, int maxDepth, List<YamlProblem> errors, out YamlFields fields)
    {
        var text = content.StartsWith('\uFEFF') ? content[1..] : content;
        fields = new YamlFields(path, text, errors);
        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitedParser(text, maxDepth));
        }
        catch (Exception exception) when (exception is YamlException or DepthLimitedParser.TooDeepException or InvalidOperationException)
        {
            fields.Error(exception is YamlException yaml ? yaml.Start : new Mark(0, 1, 1), $"not a valid {what[(what.IndexOf(' ', StringComparison.Ordinal) + 1)..]}: {exception.Message}");
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            fields.Error(Mark.Empty, $"{what} holds one YAML document.");
            return null;
        }

        return stream.Documents[0].RootNode;
    }
}

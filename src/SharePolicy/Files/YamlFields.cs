using SharePolicy.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.Files;

/// <summary>
/// Reads one YAML document node by node, so that every error can name its file, line and column,
/// and every error in a file is reported, not just the first. Rule files and calendar files are read with it.
/// </summary>
internal sealed class YamlFields
{
    private readonly List<YamlProblem> _errors;

    public YamlFields(string file, string content, List<YamlProblem> errors)
    {
        File = file;
        Content = content;
        _errors = errors;
    }

    /// <summary>The file's path or name, as errors name it.</summary>
    public string File { get; }

    /// <summary>The file's text, as parsed.</summary>
    public string Content { get; }

    /// <summary>True once an error has been reported.</summary>
    public bool HasErrors => _errors.Count > 0;

    public void Error(YamlNode node, string message) => Error(node.Start, message);

    public void Error(Mark mark, string message) => _errors.Add(new YamlProblem(File, (int)mark.Line, (int)mark.Column, message));

    /// <summary>The node as a mapping whose keys are all in <paramref name="known"/>; null (reported) when it is not one.</summary>
    public Mapping? Map(YamlNode node, string what, params string[] known)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"{what} must be a mapping of {string.Join(", ", known)}.");
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (Array.IndexOf(known, name) < 0)
            {
                Error(key, $"unknown field '{name}' in {what}; expected one of: {string.Join(", ", known)}.");
                continue;
            }

            values[name] = value;
        }

        return new Mapping(this, mapping, what, values);
    }

    /// <summary>The node's items; null (reported) when it is not a sequence.</summary>
    public IReadOnlyList<YamlNode>? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children.ToArray();
        }

        Error(node, $"{what} must be a list.");
        return null;
    }

    /// <summary>
    /// The node's text; null (reported) when it is not a scalar with a visible character (invisible and control
    /// characters alone do not count), or is longer than <paramref name="maxLength"/>.
    /// </summary>
    public string? Text(YamlNode node, string what, int maxLength = ModelLimits.MaxTextLength)
    {
        if (node is not YamlScalarNode { Value: { } value })
        {
            Error(node, $"{what} must be a non-empty text.");
            return null;
        }

        if (!Guard.IsPresent(value) || !Guard.IsWellFormed(value))
        {
            // Invisible or control characters alone look present but are not: the message shows what the text holds.
            Error(node, value.Length == 0 ? $"{what} must be a non-empty text." : $"{what} must have a visible character (was {Guard.Shown(value)}).");
            return null;
        }

        if (value.Length > maxLength)
        {
            Error(node, $"{what} is {value.Length} characters long; at most {maxLength} are allowed.");
            return null;
        }

        return value;
    }

    /// <summary>The node's text as a whole number from <paramref name="min"/> to <paramref name="max"/>; null (reported) otherwise.</summary>
    public int? Number(YamlNode node, string what, int min, int max)
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }

        Error(node, $"{what} must be a whole number from {min} to {max}, not '{text}'.");
        return null;
    }

    /// <summary>The node's text as <c>true</c> or <c>false</c>; null (reported) otherwise.</summary>
    public bool? Bool(YamlNode node, string what)
    {
        // "true" in quotes is a text in YAML and JSON alike: read as a flag it would mean what its writer may not have meant.
        if (node is YamlScalarNode { Style: var style and not ScalarStyle.Plain and not ScalarStyle.Any, Value: { } quoted })
        {
            var shown = style == ScalarStyle.SingleQuoted ? $"'{quoted}'" : $"\"{quoted}\"";
            Error(node, $"{what} must be true or false, unquoted, not the text {shown}.");
            return null;
        }

        var text = Text(node, what);
        if (text is "true" or "false")
        {
            return text == "true";
        }

        if (text is not null)
        {
            Error(node, $"{what} must be true or false, not '{text}'.");
        }

        return null;
    }

    /// <summary>An optional field read as <see cref="Bool"/>: <paramref name="absent"/> when the mapping does not state it.</summary>
    public bool? Flag(Mapping map, string key, bool absent) => map.Optional(key) is { } node ? Bool(node, key) : absent;

    /// <summary>The node's text as a member of <typeparamref name="T"/>; null (reported) when it names none.</summary>
    public T? Enum<T>(YamlNode node, string what)
        where T : struct, Enum => (T?)Enum(node, what, typeof(T));

    /// <summary>The node's text as a member of <paramref name="enumType"/>, by exact name; null (reported) when it names none.</summary>
    public Enum? Enum(YamlNode node, string what, Type enumType)
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        var names = System.Enum.GetNames(enumType);
        if (Array.IndexOf(names, text) >= 0)
        {
            return (Enum)System.Enum.Parse(enumType, text);
        }

        Error(node, $"'{text}' is not a valid {what}; expected one of: {string.Join(", ", names)}.");
        return null;
    }

    /// <summary>A mapping's fields by name, with the node they came from.</summary>
    internal sealed class Mapping(YamlFields reader, YamlMappingNode node, string what, Dictionary<string, YamlNode> values)
    {
        public YamlMappingNode Node => node;

        public YamlNode? Optional(string key) => values.GetValueOrDefault(key);

        public YamlNode? Required(string key)
        {
            if (values.TryGetValue(key, out var value))
            {
                return value;
            }

            reader.Error(node, $"{what} has no '{key}' field.");
            return null;
        }
    }
}

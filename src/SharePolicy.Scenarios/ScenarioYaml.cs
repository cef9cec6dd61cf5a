using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SharePolicy.Scenarios;

/// <summary>Reads the YAML of scenario and request files: anchors, aliases and merge keys (<c>&lt;&lt;: *base</c>) allowed.</summary>
internal static class ScenarioYaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <exception cref="ScenarioFormatException">The text is not YAML of that shape, or is empty; the message names the line.</exception>
    public static T Deserialize<T>(string path, string content)
    {
        try
        {
            return Deserializer.Deserialize<T>(new AliasExpandingParser(new MergingParser(new Parser(new StringReader(content)))))
                ?? throw new ScenarioFormatException(path, 1, "the file is empty");
        }
        catch (YamlException exception)
        {
            throw new ScenarioFormatException(path, (int)exception.Start.Line, Innermost(exception).Message, exception);
        }
    }

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is { } inner ? Innermost(inner) : exception;
}

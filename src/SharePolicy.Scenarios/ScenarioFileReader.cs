using NodaTime;
using NodaTime.Text;
using SharePolicy.Instruments;
using SharePolicy.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.Scenarios;

/// <summary>Reads scenario files (docs/scenario-files.md). Anchors and merge keys (<c>&lt;&lt;: *base</c>) are allowed.</summary>
public static class ScenarioFileReader
{
    /// <summary>Reads a scenario file from disk.</summary>
    /// <exception cref="ScenarioFormatException">The file is malformed; the message names the line.</exception>
    public static async Task<ScenarioFile> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var content = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(path, content);
    }

    /// <summary>Reads a scenario file from its text.</summary>
    /// <param name="path">The path errors name, and against whose folder <c>ruleSet</c> is resolved.</param>
    /// <param name="content">The YAML text.</param>
    /// <exception cref="ScenarioFormatException">The file is malformed; the message names the line.</exception>
    public static ScenarioFile Parse(string path, string content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        var document = ScenarioYaml.Deserialize<ScenarioDocument>(path, content);
        var lines = ScenarioLines(path, content);

        int? article = null;
        if (document.Article is { } text)
        {
            article = int.TryParse(text, out var number) && Citation.TryParse(text, Instrument.Measures2016, null, out _, out _)
                ? number
                : throw new ScenarioFormatException(path, 1, $"article '{text}' must be a whole article number of the Measures, 1 to 26");
        }

        var ruleSet = document.RuleSet is { } relative
            ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, relative))
            : null;

        var scenarios = new List<Scenario>(document.Scenarios.Count);
        for (var i = 0; i < document.Scenarios.Count; i++)
        {
            var line = i < lines.Length ? lines[i] : 1;
            var scenario = new ScenarioMapper(path, line).Scenario(document.Scenarios[i]);
            if (scenarios.Exists(other => other.Name == scenario.Name))
            {
                throw new ScenarioFormatException(path, line, $"scenario name '{scenario.Name}' is used twice in the file");
            }

            scenarios.Add(scenario);
        }

        return new ScenarioFile(path, article, ruleSet, scenarios);
    }

    // The line each item of the 'scenarios' list starts on, for errors found after deserializing.
    private static int[] ScenarioLines(string path, string content)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(content));
        }
        catch (YamlException exception)
        {
            throw new ScenarioFormatException(path, (int)exception.Start.Line, exception.Message, exception);
        }

        return stream.Documents.Count > 0
            && stream.Documents[0].RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("scenarios"), out var list)
            && list is YamlSequenceNode sequence
            ? sequence.Children.Select(node => (int)node.Start.Line).ToArray()
            : [];
    }

    /// <summary>Turns one scenario's YAML shape into the model, naming the scenario's line in every error.</summary>
    private sealed class ScenarioMapper(string path, int line) : FactsMapper(path, line, "given")
    {
        public Scenario Scenario(ScenarioDto dto)
        {
            var name = Required(dto.Name, "name");
            try
            {
                var (given, question, time) = Given(Required(dto.Given, "given"));
                var now = dto.Now is { } text ? Instant(text, "now") : time;
                if (dto.ProvisionalYears is < 0 or > 10)
                {
                    throw Error($"scenario '{name}': provisionalYears must be 0 to 10, not {dto.ProvisionalYears}");
                }

                return new Scenario(Path, Line, name, dto.Rule, now, given, Expectation(Required(dto.Expect, "expect"), question))
                {
                    ProvisionalYears = dto.ProvisionalYears ?? 0,
                };
            }
            catch (ArgumentException exception)
            {
                throw Error($"scenario '{name}': {exception.Message}");
            }
        }

        private ScenarioExpectation Expectation(ExpectDto dto, PolicyQuestion question)
        {
            var outcome = Required(dto.Outcome, "expect.outcome");
            if (!Enum.GetNames(question.OutcomeType).Contains(outcome, StringComparer.Ordinal))
            {
                throw Error($"'{outcome}' is not an outcome of the {question} question; expected one of: {string.Join(", ", Enum.GetNames(question.OutcomeType))}");
            }

            if (dto.Items is not null && question != PolicyQuestion.Access)
            {
                throw Error("'expect.items' is only for access requests");
            }

            if (dto.Findings is not null && question != PolicyQuestion.Compliance)
            {
                throw Error("'expect.findings' is only for compliance reviews");
            }

            return new ScenarioExpectation(
                outcome,
                Required(dto.Articles, "expect.articles").Select(Article).ToArray(),
                dto.FiredRules,
                dto.Reasons,
                dto.Obligations,
                dto.Deadlines?.ToDictionary(pair => pair.Key, pair => Date(pair.Value, $"expect.deadlines.{pair.Key}")),
                dto.Items,
                dto.Findings?.Select(Article).ToArray());
        }

        private LocalDate Date(string text, string field) =>
            LocalDatePattern.Iso.Parse(text) is { Success: true } result
                ? result.Value
                : throw Error($"{field} '{text}' must be a date, e.g. 2025-10-17");

        private Citation Article(string text) =>
            Citation.TryParse(text, Instrument.Measures2016, null, out var article, out var error) ? article : throw Error(error);
    }
}

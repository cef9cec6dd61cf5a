using NodaTime;
using NodaTime.Text;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SharePolicy.Scenarios;

/// <summary>Reads scenario files (docs/scenario-files.md). Anchors and merge keys (<c>&lt;&lt;: *base</c>) are allowed.</summary>
public static class ScenarioFileReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

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
        ScenarioDocument document;
        int[] lines;
        try
        {
            document = Deserializer.Deserialize<ScenarioDocument>(new AliasExpandingParser(new MergingParser(new Parser(new StringReader(content)))))
                ?? throw new ScenarioFormatException(path, 1, "the file is empty");
            lines = ScenarioLines(content);
        }
        catch (YamlException exception)
        {
            throw new ScenarioFormatException(path, (int)exception.Start.Line, Innermost(exception).Message, exception);
        }

        int? article = null;
        if (document.Article is { } text)
        {
            article = int.TryParse(text, out var number) && ArticleReference.TryParse(text, out _, out _)
                ? number
                : throw new ScenarioFormatException(path, 1, $"article '{text}' must be a whole article number of the Measures, 1 to 26");
        }

        var ruleSet = document.RuleSet is { } relative
            ? System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, relative))
            : null;

        var scenarios = new List<Scenario>(document.Scenarios.Count);
        for (var i = 0; i < document.Scenarios.Count; i++)
        {
            var line = i < lines.Length ? lines[i] : 1;
            var scenario = new Mapper(path, line).Scenario(document.Scenarios[i]);
            if (scenarios.Exists(other => other.Name == scenario.Name))
            {
                throw new ScenarioFormatException(path, line, $"scenario name '{scenario.Name}' is used twice in the file");
            }

            scenarios.Add(scenario);
        }

        return new ScenarioFile(path, article, ruleSet, scenarios);
    }

    // The line each item of the 'scenarios' list starts on, for errors found after deserializing.
    private static int[] ScenarioLines(string content)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(content));
        return stream.Documents.Count > 0
            && stream.Documents[0].RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("scenarios"), out var list)
            && list is YamlSequenceNode sequence
            ? sequence.Children.Select(node => (int)node.Start.Line).ToArray()
            : [];
    }

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is { } inner ? Innermost(inner) : exception;

    /// <summary>Turns one scenario's YAML shape into the model, naming the scenario's line in every error.</summary>
    private sealed class Mapper(string path, int line)
    {
        public Scenario Scenario(ScenarioDto dto)
        {
            var name = Required(dto.Name, "name");
            try
            {
                var (given, question, time) = Given(Required(dto.Given, "given"));
                var now = dto.Now is { } text ? Instant(text, "now") : time;
                return new Scenario(path, line, name, dto.Rule, now, given, Expectation(Required(dto.Expect, "expect"), question));
            }
            catch (ArgumentException exception)
            {
                throw Error($"scenario '{name}': {exception.Message}");
            }
        }

        // The facts given say which question the scenario asks, and the time it is asked at by default.
        private (ScenarioFacts Given, PolicyQuestion Question, Instant Time) Given(GivenDto dto)
        {
            var asked = new object?[] { dto.Request ?? (object?)dto.Entry, dto.Change, dto.Report }.Count(part => part is not null);
            if (asked != 1)
            {
                throw Error("'given' must hold either 'entry' and 'request', or 'change', or 'report'");
            }

            if (dto.Change is { } change)
            {
                var catalogChange = new CatalogChange(
                    Department(Required(change.Department, "change.department")),
                    Required(change.Kind, "change.kind"),
                    Instant(Required(change.OccurredAt, "change.occurredAt"), "change.occurredAt"));
                return (new CatalogUpdateScenarioFacts(catalogChange), PolicyQuestion.CatalogUpdate, catalogChange.OccurredAt);
            }

            if (dto.Report is { } report)
            {
                var year = Required(report.Year, "report.year");
                var reporter = Department(Required(report.Reporter, "report.reporter"));
                var endOfYear = new LocalDate(year, 12, 31).AtStartOfDayInZone(SharePolicyEngine.ChinaStandardTime).ToInstant();
                return (new AnnualReportScenarioFacts(reporter, year), PolicyQuestion.AnnualReport, endOfYear);
            }

            var request = Request(Required(dto.Request, "given.request"));
            var entry = Entry(Required(dto.Entry, "given.entry"));
            return (new AccessScenarioFacts(request, entry), PolicyQuestion.Access, request.SubmittedAt);
        }

        private AccessRequest Request(RequestDto dto) => new(
            Department(Required(dto.Requester, "request.requester")),
            Required(dto.Code, "request.code"),
            dto.Items,
            dto.Purpose is { } purpose ? new Purpose(Required(purpose.Use, "purpose.use"), Required(purpose.Duty, "purpose.duty")) : null,
            Required(dto.Method, "request.method"),
            Instant(Required(dto.SubmittedAt, "request.submittedAt"), "request.submittedAt"));

        private CatalogEntry Entry(EntryDto dto) => new(
            Required(dto.Code, "entry.code"),
            Required(dto.Name, "entry.name"),
            Department(Required(dto.Provider, "entry.provider")),
            Required(dto.Category, "entry.category"),
            Required(dto.ShareType, "entry.shareType"),
            dto.Items.Select(item => new CatalogItem(
                Required(item.Code, "item.code"), Required(item.Name, "item.name"), Required(item.Kind, "item.kind"), item.ShareType)))
        {
            BaseResource = dto.BaseResource,
            ShareConditions = dto.ShareConditions,
            ShareMethods = dto.ShareMethods,
            Zone = dto.Zone,
        };

        private Department Department(DepartmentDto dto) => new(
            Required(dto.Code, "department.code"),
            Required(dto.Name, "department.name"),
            Required(dto.Level, "department.level"),
            Required(dto.Region, "department.region"));

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

            return new ScenarioExpectation(
                outcome,
                Required(dto.Articles, "expect.articles").Select(Article).ToArray(),
                dto.FiredRules,
                dto.Reasons,
                dto.Obligations,
                dto.Deadlines?.ToDictionary(pair => pair.Key, pair => Date(pair.Value, $"expect.deadlines.{pair.Key}")),
                dto.Items);
        }

        private LocalDate Date(string text, string field) =>
            LocalDatePattern.Iso.Parse(text) is { Success: true } result
                ? result.Value
                : throw Error($"{field} '{text}' must be a date, e.g. 2025-10-17");

        private ArticleReference Article(string text) =>
            ArticleReference.TryParse(text, out var article, out var error) ? article : throw Error(error);

        private Instant Instant(string text, string field) =>
            OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } result
                ? result.Value.ToInstant()
                : throw Error($"{field} '{text}' must be a date and time with its offset, e.g. 2025-09-28T10:00:00+08:00");

        private T Required<T>(T? value, string field)
            where T : class => value ?? throw Error($"'{field}' is missing");

        private T Required<T>(T? value, string field)
            where T : struct => value ?? throw Error($"'{field}' is missing");

        private ScenarioFormatException Error(string reason) => new(path, line, reason);
    }
}

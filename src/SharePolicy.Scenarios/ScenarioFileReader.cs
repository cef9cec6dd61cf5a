using NodaTime;
using SharePolicy.Files;
using SharePolicy.Instruments;
using SharePolicy.Questions;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.Scenarios;

/// <summary>
/// Reads scenario files (docs/scenario-files.md). Anchors and merge keys (<c>&lt;&lt;: *base</c>) are allowed. Every
/// error of a file is reported at once, each with its line and column.
/// </summary>
public static class ScenarioFileReader
{
    private static readonly string[] FileFields = ["article", "ruleSet", "overlays", "question", "now", "jurisdiction", "carryOvers", "definitions", "scenarios"];
    private static readonly string[] ScenarioFields = ["name", "rule", "question", "now", "jurisdiction", "provisionalYears", "readings", "given", "expect"];
    private static readonly string[] ExpectFields = ["outcome", "articles", "firedRules", "reasons", "obligations", "deadlines", "items", "findings", "ruleSets", "asOf", "grant"];

    /// <summary>Reads a scenario file from disk.</summary>
    /// <exception cref="ScenarioFormatException">The file is malformed; the message names each error's line and column.</exception>
    public static async Task<ScenarioFile> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(path, await ReadTextAsync(path, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Reads a scenario file from its text.</summary>
    /// <param name="path">The path errors name, and against whose folder <c>ruleSet</c> is resolved.</param>
    /// <param name="content">The YAML text.</param>
    /// <exception cref="ScenarioFormatException">The file is malformed; the message names each error's line and column.</exception>
    public static ScenarioFile Parse(string path, string content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        var problems = new List<YamlProblem>();
        var reader = new FactsReader(new YamlFields(path, content, problems));
        var file = ScenarioYaml.Load(path, content, problems) is { } node ? Read(reader, node) : null;
        return problems.Count == 0 && file is not null ? file : throw Failure(problems);
    }

    /// <summary>
    /// The scenario files (<c>*.yaml</c>) of a directory and its subdirectories, in path order, as <c>opa test</c> reads a
    /// tree: hidden files and folders, editors' lock and backup files (<c>.#name</c>, <c>#name#</c>, <c>name~</c>) and links
    /// to folders are skipped, to a depth of six.
    /// </summary>
    /// <param name="directory">The directory.</param>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static IReadOnlyList<string> FindFiles(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return [.. DataDirectory.Candidates(directory, [".yaml"], DataDirectory.MaxDepth, CancellationToken.None).Order(StringComparer.Ordinal)];
    }

    // The text of a scenario or request file: a regular file of UTF-8 text, refused before it is read when it is larger
    // than any such file may be, or is a pipe or a device (which would hang the read or never end).
    internal static async Task<string> ReadTextAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The file '{path}' does not exist.", path);
        }

        var (file, problem) = await DataDirectory.ReadFileAsync(path, ScenarioYaml.MaxLength, cancellationToken).ConfigureAwait(false);
        return file?.Content ?? throw new ScenarioFormatException(path, 1, $"the file {problem!.TrimEnd('.')}");
    }

    internal static ScenarioFormatException Failure(List<YamlProblem> problems) =>
        new([.. problems.Select(problem => new ScenarioError(problem.File, problem.Line, problem.Column, problem.Message.TrimEnd('.')))]);

    private static ScenarioFile? Read(FactsReader reader, YamlNode node)
    {
        var fields = reader.Fields;
        var root = fields.Map(node, "a scenario file", FileFields);
        if (root is null)
        {
            return null;
        }

        // A whole article: a number of the Measures, or one of another built-in instrument with its prefix (R2025 21).
        int? article = null;
        var instrument = Instrument.Measures2016;
        if (root.Optional("article") is { } articleNode && fields.Text(articleNode, "article") is { } articleText)
        {
            if (Citation.TryParse(articleText, Instrument.Measures2016, Instrument.BuiltIn, out var citation, out _)
                && citation.Paragraph is null && citation.Item is null && citation.CitedInstrument is { } cited)
            {
                (article, instrument) = (citation.Article, cited);
            }
            else
            {
                fields.Error(articleNode, $"article must be a whole article of the Measures (12) or of another instrument with its prefix (R2025 21), not '{articleText}'.");
            }
        }

        var ruleSet = Directory(fields, root, "ruleSet");
        var overlays = Directory(fields, root, "overlays");
        var question = root.Optional("question") is { } questionNode ? reader.Question(questionNode, null, root.Node) : null;
        var now = root.Optional("now") is { } nowNode ? reader.Time(nowNode, "now") : null;
        var place = root.Optional("jurisdiction") is { } placeNode ? reader.Jurisdiction(placeNode) : null;
        var carryOvers = fields.Flag(root, "carryOvers", absent: true) ?? true; // a bad value is reported, and the file does not run

        var items = root.Required("scenarios") is { } listNode ? fields.Sequence(listNode, "scenarios") : null;
        var scenarios = new List<Scenario>(items?.Count ?? 0);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items ?? [])
        {
            if (ReadScenario(reader, item, question, now, place) is { } scenario)
            {
                scenario.CarryOvers = carryOvers;
                if (!names.Add(scenario.Name))
                {
                    fields.Error(item, $"scenario name '{scenario.Name}' is used twice in the file.");
                }

                scenarios.Add(scenario);
            }
        }

        return new ScenarioFile(fields.File, article, ruleSet, scenarios) { OverlayDirectory = overlays, Instrument = instrument.Id };
    }

    // A directory the file names relative to its own folder, made absolute.
    private static string? Directory(YamlFields fields, YamlFields.Mapping root, string key) =>
        root.Optional(key) is { } node && fields.Text(node, key) is { } relative
            ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(fields.File))!, relative))
            : null;

    private static Scenario? ReadScenario(FactsReader reader, YamlNode node, PolicyQuestion? fileQuestion, Instant? fileNow, string? filePlace)
    {
        var fields = reader.Fields;
        var map = fields.Map(node, "a scenario", ScenarioFields);
        if (map is null)
        {
            return null;
        }

        var name = map.Required("name") is { } nameNode ? fields.Text(nameNode, "name") : null;
        var rule = map.Optional("rule") is { } ruleNode ? fields.Text(ruleNode, "rule") : null;
        var question = reader.Question(map.Optional("question"), fileQuestion, map.Node);
        var now = map.Optional("now") is { } nowNode ? reader.Time(nowNode, "now") : null;
        var place = map.Optional("jurisdiction") is { } placeNode ? reader.Jurisdiction(placeNode) : filePlace;
        var years = map.Optional("provisionalYears") is { } yearsNode ? fields.Number(yearsNode, "provisionalYears", 0, 10) : 0;
        var readings = map.Optional("readings") is { } readingsNode ? reader.Readings(readingsNode) : LegalReadings.Default;
        var given = map.Required("given") is { } givenNode && question is not null ? reader.Given(question, givenNode) : null;
        var expect = map.Required("expect") is { } expectNode && question is not null ? Expectation(fields, expectNode, question) : null;
        if (name is null || question is null || given is not var (input, time) || expect is null || years is null || readings is null
            || reader.Now(now, fileNow, time, question, map.Node) is not { } at)
        {
            return null;
        }

        return new Scenario(fields.File, map.Node.Start.Line is var line and > 0 ? (int)line : 1, name, rule, question, input, at, expect)
        {
            Jurisdiction = place,
            ProvisionalYears = years.Value,
            Readings = readings,
        };
    }

    private static ScenarioExpectation? Expectation(YamlFields fields, YamlNode node, PolicyQuestion question)
    {
        var map = fields.Map(node, "expect", ExpectFields);
        if (map is null)
        {
            return null;
        }

        var outcome = map.Required("outcome") is { } outcomeNode ? fields.Enum(outcomeNode, $"outcome of the {question} question", question.OutcomeType)?.ToString() : null;
        var articles = map.Required("articles") is { } articlesNode ? Citations(fields, articlesNode, "expect.articles") : null;
        var fired = Texts(fields, map, "firedRules");
        var reasons = Texts(fields, map, "reasons");
        var obligations = map.Optional("obligations") is { } obligationsNode ? Values<ObligationKind>(fields, obligationsNode, "expect.obligations", item => fields.Enum<ObligationKind>(item, "an obligation kind")) : null;
        var deadlines = map.Optional("deadlines") is { } deadlinesNode ? Pairs<ObligationKind, LocalDate>(fields, deadlinesNode, "expect.deadlines",
            key => fields.Enum<ObligationKind>(key, "an obligation kind"), value => Date(fields, value, "a deadline")) : null;
        Dictionary<string, AccessOutcome>? items = null;
        if (map.Optional("items") is { } itemsNode)
        {
            items = question == PolicyQuestions.Access
                ? Pairs<string, AccessOutcome>(fields, itemsNode, "expect.items", key => fields.Text(key, "an item code"), value => fields.Enum<AccessOutcome>(value, "an item's outcome"))
                : Refused<Dictionary<string, AccessOutcome>>(fields, itemsNode, "'expect.items' is only for the access question.");
        }

        IReadOnlyList<string>? findings = null;
        if (map.Optional("findings") is { } findingsNode)
        {
            findings = question == PolicyQuestions.Compliance
                ? Citations(fields, findingsNode, "expect.findings")
                : Refused<List<string>>(fields, findingsNode, "'expect.findings' is only for the compliance question.");
        }

        string? grant = null;
        if (map.Optional("grant") is { } grantNode)
        {
            grant = question == PolicyQuestions.Access
                ? Grant(fields, grantNode)
                : Refused<string>(fields, grantNode, "'expect.grant' is only for the access question.");
        }

        var ruleSets = Texts(fields, map, "ruleSets");
        var asOf = map.Optional("asOf") is { } asOfNode ? Date(fields, asOfNode, "asOf") : null;
        if (outcome is null || articles is null || GivenReader.Missing(map, "firedRules", fired) || GivenReader.Missing(map, "reasons", reasons)
            || GivenReader.Missing(map, "obligations", obligations) || GivenReader.Missing(map, "deadlines", deadlines) || GivenReader.Missing(map, "items", items)
            || GivenReader.Missing(map, "findings", findings) || GivenReader.Missing(map, "ruleSets", ruleSets) || GivenReader.Missing(map, "asOf", asOf)
            || GivenReader.Missing(map, "grant", grant))
        {
            return null;
        }

        return new ScenarioExpectation(outcome, articles, fired, reasons, obligations, deadlines, items, findings) { RuleSets = ruleSets, AsOf = asOf, Grant = grant };
    }

    // A grant as items, use and method (all three stated), or none.
    private static string? Grant(YamlFields fields, YamlNode node)
    {
        if (node is YamlScalarNode { Value: "none" })
        {
            return ScenarioExpectation.GrantText(null, null, null);
        }

        var map = fields.Map(node, "expect.grant (or none)", "items", "use", "method");
        var items = map?.Required("items") is { } itemsNode ? Values<string>(fields, itemsNode, "expect.grant.items", item => fields.Text(item, "an item code")) : null;
        var use = map?.Required("use") is { } useNode ? fields.Enum<Model.UsePurpose>(useNode, "expect.grant.use") : null;
        var method = map?.Required("method") is { } methodNode ? fields.Enum<Model.ShareMethod>(methodNode, "expect.grant.method") : null;
        return items is null || use is null || method is null ? null : ScenarioExpectation.GrantText(items, use, method);
    }

    private static T? Refused<T>(YamlFields fields, YamlNode node, string message)
        where T : class
    {
        fields.Error(node, message);
        return null;
    }

    private static List<string>? Texts(YamlFields fields, YamlFields.Mapping map, string key) =>
        map.Optional(key) is { } node ? Values<string>(fields, node, $"expect.{key}", item => fields.Text(item, $"an item of expect.{key}")) : null;

    // Citations as written, checked as citations of the built-in instruments; a prefix of an instrument a library
    // defines (a city's rules) is left for the run to check, against the library's instruments.
    private static List<string>? Citations(YamlFields fields, YamlNode node, string what) =>
        Values<string>(fields, node, what, item =>
        {
            var text = fields.Text(item, $"an article of {what}");
            if (text is null || Citation.TryParse(text, Instrument.Measures2016, null, out _, out var error) || error.Contains("no instrument is cited as", StringComparison.Ordinal))
            {
                return text;
            }

            fields.Error(item, error);
            return null;
        });

    // The values of a list, each read with its reader (null when it reported an error); null when any failed.
    private static List<T>? Values<T>(YamlFields fields, YamlNode node, string what, Func<YamlNode, object?> read)
    {
        if (fields.Sequence(node, what) is not { } items)
        {
            return null;
        }

        var values = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (read(item) is T value)
            {
                values.Add(value);
            }
        }

        return values.Count == items.Count ? values : null;
    }

    // The pairs of a mapping, keys and values each read with their readers; null when any failed or a key repeats.
    private static Dictionary<TKey, TValue>? Pairs<TKey, TValue>(YamlFields fields, YamlNode node, string what, Func<YamlNode, object?> key, Func<YamlNode, object?> value)
        where TKey : notnull
    {
        if (node is not YamlMappingNode mapping)
        {
            fields.Error(node, $"{what} must be a mapping.");
            return null;
        }

        var pairs = new Dictionary<TKey, TValue>();
        var failed = false;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (key(keyNode) is TKey k && value(valueNode) is TValue v)
            {
                failed |= !pairs.TryAdd(k, v);
            }
            else
            {
                failed = true;
            }
        }

        return failed ? null : pairs;
    }

    private static LocalDate? Date(YamlFields fields, YamlNode node, string what)
    {
        var text = fields.Text(node, what);
        if (text is not null && NodaTime.Text.LocalDatePattern.Iso.Parse(text) is { Success: true } parsed)
        {
            return parsed.Value;
        }

        if (text is not null)
        {
            fields.Error(node, $"{what} '{text}' must be a date, e.g. 2025-10-17.");
        }

        return null;
    }
}

using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using SharePolicy.Files;
using SharePolicy.Model;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.Instruments;

/// <summary>Reads instrument files (docs/rule-sets.md): an instrument's id, prefix, titles, rank, in-force dates and divisions.</summary>
internal static partial class InstrumentReader
{
    private const string EmbeddedPrefix = "SharePolicy.Instruments/";

    private static readonly string[] Fields = ["id", "cite", "title", "number", "rank", "inForce", "articles", "paragraphs", "items"];

    /// <summary>Reads one instrument file; null, with every error reported, when it is malformed.</summary>
    public static Instrument? Read(string path, string content, List<YamlProblem> errors)
    {
        if (YamlFile.Load(path, content, "an instrument file", 8, errors, out var fields) is not { } document
            || fields.Map(document, "an instrument file", Fields) is not { } root)
        {
            return null;
        }

        var id = root.Required("id") is { } idNode ? Pattern(fields, idNode, "id", IdPattern(), "lower-case words joined by '.' or '-', e.g. cn.measures-2016") : null;
        var cite = root.Required("cite") is { } citeNode ? Pattern(fields, citeNode, "cite", CitePattern(), "a capital letter, then letters and digits, e.g. M2016") : null;
        var title = root.Required("title") is { } titleNode ? Text(fields, titleNode) : null;
        var number = root.Optional("number") is { } numberNode ? fields.Text(numberNode, "number", ModelLimits.MaxNameLength) : null;
        var rank = root.Required("rank") is { } rankNode ? fields.Enum<InstrumentRank>(rankNode, "rank") : null;
        var (from, to) = root.Required("inForce") is { } inForceNode ? InForce(fields, inForceNode) : (null, null);
        var articles = root.Required("articles") is { } articlesNode ? fields.Number(articlesNode, "articles", 1, 500) : null;
        var paragraphs = Divisions(fields, root.Optional("paragraphs"), "paragraphs", articles ?? 500);
        var items = Divisions(fields, root.Optional("items"), "items", articles ?? 500);
        if (id is null || cite is null || title is null || rank is null || from is null || articles is null || paragraphs is null || items is null)
        {
            return null;
        }

        return new Instrument(id, cite, title, number, rank.Value, from.Value, to, articles.Value, paragraphs, items) { Text = fields.Content.ReplaceLineEndings("\n") };
    }

    /// <summary>The instruments embedded in the package (the files under <c>rules/cn/instruments/</c>).</summary>
    public static IReadOnlyList<Instrument> ReadBuiltIn()
    {
        var assembly = typeof(InstrumentReader).Assembly;
        var errors = new List<YamlProblem>();
        var instruments = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return Read("rules/cn/instruments/" + name[EmbeddedPrefix.Length..], reader.ReadToEnd(), errors);
            })
            .ToArray();
        return errors.Count == 0 && instruments.Length == 2
            ? [instruments.Single(instrument => instrument!.Id == "cn.measures-2016")!, instruments.Single(instrument => instrument!.Id == "cn.regulations-2025")!]
            : throw new InvalidOperationException("The package's instrument files are missing or malformed: " + string.Join("; ", errors));
    }

    private static string? Pattern(YamlFields fields, YamlNode node, string what, Regex pattern, string expected)
    {
        var text = fields.Text(node, what, ModelLimits.MaxCodeLength);
        if (text is not null && !pattern.IsMatch(text))
        {
            fields.Error(node, $"{what} '{text}' must be {expected}.");
            return null;
        }

        return text;
    }

    private static BilingualText? Text(YamlFields fields, YamlNode node)
    {
        var text = fields.Map(node, "title", "zh-Hans", "en");
        var zh = text?.Required("zh-Hans") is { } zhNode ? fields.Text(zhNode, "title zh-Hans", ModelLimits.MaxNameLength) : null;
        var en = text?.Required("en") is { } enNode ? fields.Text(enNode, "title en", ModelLimits.MaxNameLength) : null;
        return zh is null || en is null ? null : new BilingualText(zh, en);
    }

    private static (LocalDate? From, LocalDate? To) InForce(YamlFields fields, YamlNode node)
    {
        var range = fields.Map(node, "inForce", "from", "to");
        var from = range?.Required("from") is { } fromNode ? Date(fields, fromNode) : null;
        var to = range?.Optional("to") is { } toNode ? Date(fields, toNode) : null;
        if (from is { } first && to is { } last && last < first)
        {
            fields.Error(node, $"inForce ends on {last:uuuu-MM-dd}, before it begins on {first:uuuu-MM-dd}.");
            return (null, null);
        }

        return (from, to);
    }

    internal static LocalDate? Date(YamlFields fields, YamlNode node)
    {
        var text = fields.Text(node, "a date", 10);
        if (text is null)
        {
            return null;
        }

        if (LocalDatePattern.Iso.Parse(text) is { Success: true } parsed)
        {
            return parsed.Value;
        }

        fields.Error(node, $"'{text}' is not a date; write yyyy-MM-dd.");
        return null;
    }

    // { 12: 3, … }: articles of more than one paragraph (or with items), and how many.
    private static Dictionary<int, int>? Divisions(YamlFields fields, YamlNode? node, string what, int articles)
    {
        var divisions = new Dictionary<int, int>();
        if (node is null)
        {
            return divisions;
        }

        if (node is not YamlMappingNode mapping)
        {
            fields.Error(node, $"{what} must map article numbers to how many {what} they have.");
            return null;
        }

        var valid = true;
        foreach (var (key, value) in mapping.Children)
        {
            var article = fields.Number(key, $"an article of {what}", 1, articles);
            var count = fields.Number(value, $"the {what} of an article", 1, 99);
            if (article is null || count is null)
            {
                valid = false;
                continue;
            }

            divisions[article.Value] = count.Value;
        }

        return valid ? divisions : null;
    }

    [GeneratedRegex(@"\A[a-z0-9]+(?:[.-][a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    internal static partial Regex IdPattern();

    [GeneratedRegex(@"\A[A-Z][A-Za-z0-9]{0,15}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CitePattern();
}

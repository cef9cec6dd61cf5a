using SharePolicy.Files;
using SharePolicy.Instruments;
using SharePolicy.Model;
using SharePolicy.Rules;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.Compilation;

/// <summary>Reads a rule set's manifest, <c>rule-set.yaml</c> (docs/rule-sets.md), reporting every error with its line and column.</summary>
internal static class RuleSetManifestReader
{
    /// <summary>The file name of a manifest in its rule set's folder.</summary>
    public const string FileName = "rule-set.yaml";

    private static readonly string[] Fields = ["id", "version", "title", "instrument", "jurisdiction", "inForce", "overlays", "carryOver"];

    /// <summary>Reads the manifest; null, with every error reported, when it is malformed or names an unknown instrument.</summary>
    public static RuleSetManifest? Read(RuleFile file, IReadOnlyList<Instrument> instruments, List<YamlProblem> errors)
    {
        var before = errors.Count;
        if (YamlFile.Load(file.Path, file.Content, "a rule-set manifest", 8, errors, out var fields) is not { } document
            || fields.Map(document, "a rule-set manifest", Fields) is not { } root)
        {
            return null;
        }

        var id = Id(fields, root.Required("id"), "id");
        var version = root.Required("version") is { } versionNode ? fields.Text(versionNode, "version", ModelLimits.MaxCodeLength) : null;
        var instrumentNode = root.Required("instrument");
        var instrumentId = instrumentNode is null ? null : fields.Text(instrumentNode, "instrument", ModelLimits.MaxCodeLength);
        var instrument = instrumentId is null ? null : instruments.FirstOrDefault(candidate => candidate.Id == instrumentId);
        if (instrumentId is not null && instrument is null)
        {
            fields.Error(instrumentNode!, $"instrument '{instrumentId}' is not known; known are {string.Join(", ", instruments.Select(candidate => candidate.Id))} and those of the library's instruments/ folders.");
        }

        var jurisdiction = root.Required("jurisdiction") is { } jurisdictionNode ? Jurisdiction(fields, jurisdictionNode) : null;
        var (from, to) = root.Required("inForce") is { } inForceNode ? InForce(fields, inForceNode) : (null, null);
        var overlaysNode = root.Optional("overlays");
        var overlays = overlaysNode is null ? null : Id(fields, overlaysNode, "overlays");
        if (fields.Flag(root, "carryOver", absent: false) is not { } carryOver)
        {
            return null;
        }
        if (carryOver is true && (jurisdiction is { Level: not JurisdictionLevel.National } || overlaysNode is null))
        {
            fields.Error(root.Node, "a layer of carry-overs is national and overlays the national rule set it carries provisions over to; give jurisdiction: national and overlays.");
            return null;
        }

        if (jurisdiction is not null && overlaysNode is not null && jurisdiction.Level == JurisdictionLevel.National && carryOver is not true)
        {
            fields.Error(overlaysNode, "a national rule set overlays nothing; remove 'overlays', or give the region it applies to as its jurisdiction (or carryOver: true for a layer of carry-overs).");
            return null;
        }

        if (jurisdiction is { Level: not JurisdictionLevel.National } && overlaysNode is null)
        {
            fields.Error(root.Node, "a province's or city's rule set overlays a rule set; name it in 'overlays', e.g. overlays: cn.national.measures-2016.");
            return null;
        }

        BilingualText? title = null;
        if (root.Optional("title") is { } titleNode && fields.Map(titleNode, "title", "zh-Hans", "en") is { } titleMap)
        {
            var zh = titleMap.Required("zh-Hans") is { } zhNode ? fields.Text(zhNode, "title zh-Hans", ModelLimits.MaxNameLength) : null;
            var en = titleMap.Required("en") is { } enNode ? fields.Text(enNode, "title en", ModelLimits.MaxNameLength) : null;
            title = zh is null || en is null ? null : new BilingualText(zh, en);
        }

        return id is null || version is null || instrument is null || jurisdiction is null || from is null || errors.Count > before
            ? null
            : new RuleSetManifest(id, version, instrument, jurisdiction, from.Value, to, overlays) { Title = title, IsCarryOver = carryOver };
    }

    private static string? Id(YamlFields fields, YamlNode? node, string what)
    {
        var text = node is null ? null : fields.Text(node, what, ModelLimits.MaxCodeLength);
        if (text is not null && !InstrumentReader.IdPattern().IsMatch(text))
        {
            fields.Error(node!, $"{what} '{text}' must be lower-case words joined by '.' or '-', e.g. cn.national.measures-2016.");
            return null;
        }

        return text;
    }

    // national, or { region: "610100", level: Municipal }: the level must be the one the code says.
    private static Jurisdiction? Jurisdiction(YamlFields fields, YamlNode node)
    {
        if (node is YamlScalarNode { Value: "national" })
        {
            return Rules.Jurisdiction.National;
        }

        var map = fields.Map(node, "jurisdiction (national, or a region and its level)", "region", "level");
        var region = map?.Required("region") is { } regionNode ? fields.Text(regionNode, "region", 12) : null;
        var level = map?.Required("level") is { } levelNode ? fields.Enum<JurisdictionLevel>(levelNode, "level") : null;
        if (region is null || level is null)
        {
            return null;
        }

        try
        {
            var jurisdiction = Rules.Jurisdiction.Of(region);
            if (jurisdiction.Level != level)
            {
                fields.Error(node, $"region {region} is {jurisdiction.Level} by its code, not {level}.");
                return null;
            }

            return jurisdiction;
        }
        catch (ArgumentException exception)
        {
            fields.Error(node, exception.Message.Split(" (Parameter '", 2)[0]);
            return null;
        }
    }

    private static (NodaTime.LocalDate? From, NodaTime.LocalDate? To) InForce(YamlFields fields, YamlNode node)
    {
        var range = fields.Map(node, "inForce", "from", "to");
        var from = range?.Required("from") is { } fromNode ? InstrumentReader.Date(fields, fromNode) : null;
        var to = range?.Optional("to") is { } toNode ? InstrumentReader.Date(fields, toNode) : null;
        if (from is { } first && to is { } last && last < first)
        {
            fields.Error(node, $"inForce ends on {last:uuuu-MM-dd}, before it begins on {first:uuuu-MM-dd}.");
            return (null, null);
        }

        return (from, to);
    }
}

using NodaTime;
using NodaTime.Text;
using SharePolicy.Files;
using SharePolicy.Model;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.Questions.Binding;

/// <summary>
/// Reads the facts of a scenario's <c>given</c>, or of a request file, into the model, node by node, so that every
/// error names its file, line and column and every error is reported. Each question's <c>Bind</c> reads its own
/// facts with the readers here for the values the questions share (departments, entries, purposes, times).
/// </summary>
internal sealed class GivenReader(YamlFields fields, YamlNode given)
{
    /// <summary>The node the facts are read from: <c>given</c>, or a request file's root.</summary>
    public YamlNode Node => given;

    /// <summary>True once an error has been reported.</summary>
    public bool HasErrors => fields.HasErrors;

    /// <summary>The facts' mapping, with only these fields.</summary>
    public YamlFields.Mapping? Given(params string[] keys) => fields.Map(given, "the facts", keys);

    /// <summary>A mapping with only these fields; null (reported) when the node is not one.</summary>
    public YamlFields.Mapping? Map(YamlNode? node, string what, params string[] keys) => node is null ? null : fields.Map(node, what, keys);

    /// <summary>A mapping's optional field; null when it is left out or stated as null (<c>~</c>, <c>null</c> or nothing).</summary>
    public static YamlNode? Optional(YamlFields.Mapping? map, string key) =>
        map?.Optional(key) is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" } ? null : map?.Optional(key);

    /// <summary>An optional true or false; <paramref name="absent"/> when it is left out, null (reported) when it is neither.</summary>
    public bool? Flag(YamlFields.Mapping? map, string key, string what, bool absent = false) =>
        Optional(map, key) is { } node ? Bool(node, what) : absent;

    public Department? Department(YamlNode? node)
    {
        var map = Map(node, "a department", "code", "name", "level", "region", "kind");
        var code = Text(map?.Required("code"), "department code");
        var name = Text(map?.Required("name"), "department name");
        var level = Enum<GovernmentLevel>(map?.Required("level"), "department level");
        var region = Text(map?.Required("region"), "department region");
        var kind = Optional(map, "kind") is { } kindNode ? Enum<BodyKind>(kindNode, "department kind") : null;
        return code is null || name is null || level is null || region is null || Missing(map, "kind", kind) ? null
            : Make(node!, () => kind is { } body
                ? new Department(code, name, level.Value, region) { Kind = body }
                : new Department(code, name, level.Value, region));
    }

    public Purpose? Purpose(YamlNode? node)
    {
        var map = Map(node, "a purpose", "use", "duty");
        var use = Enum<UsePurpose>(map?.Required("use"), "purpose use");
        var duty = Text(map?.Required("duty"), "purpose duty");
        return use is null || duty is null ? null : Make(node!, () => new Purpose(use.Value, duty));
    }

    public CatalogEntry? Entry(YamlNode? node)
    {
        var map = Map(node, "a catalog entry", "code", "name", "provider", "category", "baseResource", "shareType", "shareConditions",
            "shareMethods", "zone", "items", "format", "updateCycle", "classified", "workSecret", "connectedToPlatform", "status", "grade", "legalBasis",
            "assessedAsLawRequires", "approvedByDepartmentHead");
        if (map is null)
        {
            return null;
        }

        var code = Text(map.Required("code"), "entry code");
        var name = Text(map.Required("name"), "entry name");
        var provider = Department(map.Required("provider"));
        var category = Enum<ResourceCategory>(map.Required("category"), "entry category");
        var shareType = Enum<ShareType>(map.Required("shareType"), "entry shareType");
        var items = List(map.Required("items"), "entry items", Item);
        var methods = Optional(map, "shareMethods") is { } methodsNode ? List(methodsNode, "entry shareMethods", item => Enum<ShareMethod>(item, "a share method")) : [];
        var zone = Optional(map, "zone") is { } zoneNode ? Enum<NetworkZone>(zoneNode, "entry zone") : NetworkZone.External;
        var basis = Optional(map, "legalBasis") is { } basisNode ? LegalBasis(basisNode) : null;
        var classified = Flag(map, "classified", "entry classified");
        var workSecret = Flag(map, "workSecret", "entry workSecret");
        var assessed = Flag(map, "assessedAsLawRequires", "entry assessedAsLawRequires");
        var approvedByHead = Flag(map, "approvedByDepartmentHead", "entry approvedByDepartmentHead");
        var status = Optional(map, "status") is { } statusNode ? Enum<CatalogStatus>(statusNode, "entry status") : CatalogStatus.Published;
        var grade = Optional(map, "grade") is { } gradeNode ? Enum<DataGrade>(gradeNode, "entry grade") : null;
        var connected = Flag(map, "connectedToPlatform", "entry connectedToPlatform", absent: true);
        var baseResource = Text(Optional(map, "baseResource"), "entry baseResource");
        var conditions = Text(Optional(map, "shareConditions"), "entry shareConditions");
        var format = Text(Optional(map, "format"), "entry format");
        var cycle = Text(Optional(map, "updateCycle"), "entry updateCycle");
        if (code is null || name is null || provider is null || category is null || shareType is null || items is null || methods is null
            || zone is null || (Optional(map, "legalBasis") is not null && basis is null) || classified is null || workSecret is null || assessed is null || approvedByHead is null || status is null || Missing(map, "grade", grade) || connected is null
            || Missing(map, "baseResource", baseResource) || Missing(map, "shareConditions", conditions) || Missing(map, "format", format) || Missing(map, "updateCycle", cycle))
        {
            return null;
        }

        return Make(node!, () => new CatalogEntry(code, name, provider, category.Value, shareType.Value, items)
        {
            BaseResource = baseResource,
            ShareConditions = conditions,
            ShareMethods = [.. methods.Select(method => method!.Value)],
            Zone = zone.Value,
            Format = format,
            UpdateCycle = cycle,
            Classified = classified.Value,
            WorkSecret = workSecret.Value,
            AssessedAsLawRequires = assessed.Value,
            ApprovedByDepartmentHead = approvedByHead.Value,
            Status = status.Value,
            Grade = grade,
            ConnectedToPlatform = connected.Value,
            LegalBasis = basis,
        });
    }

    /// <summary>A catalog written as a list of entries; null, with the errors reported, when an entry is malformed or a code repeats.</summary>
    public ICatalog? Catalog(YamlNode node)
    {
        var entries = List(node, "catalog", Entry);
        if (entries is null)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!seen.Add(entry.ResourceCode))
            {
                Error(node, $"the catalog lists resource '{entry.ResourceCode}' more than once.");
                return null;
            }
        }

        return new InMemoryCatalog(entries);
    }

    public CatalogItem? Item(YamlNode node)
    {
        var map = Map(node, "an item", "code", "name", "kind", "shareType");
        var code = Text(map?.Required("code"), "item code");
        var name = Text(map?.Required("name"), "item name");
        var kind = Enum<ItemKind>(map?.Required("kind"), "item kind");
        var shareType = Optional(map, "shareType") is { } typeNode ? Enum<ShareType>(typeNode, "item shareType") : null;
        return code is null || name is null || kind is null || (Optional(map, "shareType") is not null && shareType is null) ? null
            : Make(node, () => new CatalogItem(code, name, kind.Value, shareType));
    }

    public LegalBasis? LegalBasis(YamlNode node)
    {
        var map = Map(node, "a legal basis", "kind", "citation", "reason");
        var kind = Enum<LegalBasisKind>(map?.Required("kind"), "legalBasis kind");
        var citation = Text(map?.Required("citation"), "legalBasis citation");
        var reason = Text(Optional(map, "reason"), "legalBasis reason");
        return kind is null || citation is null || Missing(map, "reason", reason) ? null : Make(node, () => new LegalBasis(kind.Value, citation) { Reason = reason });
    }

    /// <summary>A date and time with its offset, e.g. 2025-09-28T10:00:00+08:00.</summary>
    public Instant? Instant(YamlNode? node, string what)
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        if (OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } parsed)
        {
            return parsed.Value.ToInstant();
        }

        fields.Error(node!, $"{what} '{text}' must be a date and time with its offset, e.g. 2025-09-28T10:00:00+08:00.");
        return null;
    }

    public LocalDate? Date(YamlNode? node, string what)
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        if (LocalDatePattern.Iso.Parse(text) is { Success: true } parsed)
        {
            return parsed.Value;
        }

        fields.Error(node!, $"{what} '{text}' must be a date, e.g. 2025-10-17.");
        return null;
    }

    public string? Text(YamlNode? node, string what) => node is null ? null : fields.Text(node, what);

    /// <summary>True when an optional field is stated but could not be read (its reader reported why).</summary>
    public static bool Missing(YamlFields.Mapping? map, string key, object? value) => Optional(map, key) is not null && value is null;

    public bool? Bool(YamlNode? node, string what) => node is null ? null : fields.Bool(node, what);

    public int? Number(YamlNode? node, string what, int min, int max) => node is null ? null : fields.Number(node, what, min, max);

    public T? Enum<T>(YamlNode? node, string what)
        where T : struct, System.Enum => node is null ? null : fields.Enum<T>(node, what);

    /// <summary>The items of a list, each read with <paramref name="read"/>; null (reported) when the node is not a list or an item failed.</summary>
    public IReadOnlyList<T>? List<T>(YamlNode? node, string what, Func<YamlNode, T?> read)
    {
        if (node is null || fields.Sequence(node, what) is not { } items)
        {
            return null;
        }

        var values = new List<T>(items.Count);
        var failed = false;
        foreach (var item in items)
        {
            if (read(item) is { } value)
            {
                values.Add(value);
            }
            else
            {
                failed = true;
            }
        }

        return failed ? null : values;
    }

    /// <summary>Texts of a list (item codes, say); an empty list when the field is left out.</summary>
    public IReadOnlyList<string>? Texts(YamlNode? node, string what) =>
        node is null ? [] : List(node, what, item => Text(item, $"an item of {what}"));

    /// <summary>Makes a model value; the model's refusal (an <see cref="ArgumentException"/>) is reported at the node.</summary>
    public T? Make<T>(YamlNode node, Func<T> make)
        where T : class
    {
        try
        {
            return make();
        }
        catch (ArgumentException exception)
        {
            fields.Error(node, Message(exception));
            return null;
        }
    }

    /// <summary>Reports an error at a node, e.g. facts that do not fit together.</summary>
    public void Error(YamlNode node, string message) => fields.Error(node, message);

    // The model's message, without the parameter name .NET appends.
    internal static string Message(ArgumentException exception) => exception.Message.Split(" (Parameter '", 2)[0];
}

using NodaTime;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Bench.Tests;

/// <summary>
/// Turns valid requests of the <see cref="RequestMix"/> into hostile ones: unknown items and resources, dates far
/// outside the calendar (the ends of time included), junk text, huge entries, facts that pull different ways, and
/// random Unicode where the model expects text or codes. Making a case may throw <see cref="ArgumentException"/>: the
/// model refuses what it must not hold (a code with junk in it, text with nothing visible in it).
/// </summary>
internal static class HostileCases
{
    public const int Kinds = 9;

    /// <summary>The kind of hostile request submitted between 1900 and 2200, mostly outside the calendar's years.</summary>
    public const int DateOutsideCalendar = 3;

    /// <summary>The kind of hostile request submitted at the first or last instant NodaTime knows.</summary>
    public const int EndOfTime = 4;

    private static readonly string[] Junk = ["'; DROP TABLE catalog; --", "{{ .Values }}", "${jndi:ldap://x}", "\u202Eevil", "a\0b", "*&alias", "\uD83D\uDE00", "\t\r\nx"];

    public static AccessCase Make(AccessCase valid, int kind, Random random) => kind switch
    {
        0 => valid,
        1 => valid with { Request = Copy(valid.Request, items: [.. valid.Request.RequestedItems, "no-such-item"]) },
        2 => valid with { Request = Copy(valid.Request, resourceCode: "999999-UNKNOWN") },
        DateOutsideCalendar => valid with { Request = Copy(valid.Request, submittedAt: Instant.FromUtc(random.Next(1900, 2200), random.Next(1, 13), random.Next(1, 29), 0, 0)) },
        EndOfTime => valid with { Request = Copy(valid.Request, submittedAt: random.Next(2) == 0 ? Instant.MinValue : Instant.MaxValue) },
        5 => JunkText(valid, random),
        6 => Huge(valid),
        7 => PullingApart(valid, random),
        _ => RandomUnicode(valid, random),
    };

    // Junk in names and the duty is text like any other; junk in a code is refused by the model.
    private static AccessCase JunkText(AccessCase valid, Random random)
    {
        string Text() => Junk[random.Next(Junk.Length)] + new string((char)random.Next(0x20, 0xD7FF), random.Next(1, 150));
        string Code(string code) => random.Next(4) == 0 ? code + Junk[random.Next(Junk.Length)] : code;
        var provider = new Department(Code(valid.Entry.Provider.Code), Text(), GovernmentLevel.County, valid.Entry.Provider.Region);
        var entry = new CatalogEntry(Code(valid.Entry.ResourceCode), Text(), provider, valid.Entry.Category, valid.Entry.ShareType,
            valid.Entry.Items.Select(item => new CatalogItem(Code(item.Code), Text(), item.Kind, item.ShareType)))
        {
            Classified = valid.Entry.Classified,
        };
        var purpose = valid.Request.Purpose is { } stated ? new Purpose(stated.Use, Text()) : null;
        return new AccessCase(Copy(valid.Request, resourceCode: entry.ResourceCode, items: [], purpose: purpose), entry);
    }

    // Random code points of every plane (unassigned, private use, marks, format and control characters, lone surrogates
    // included) as the duty, the requester's name and the entry's name: text with nothing visible in it is refused.
    private static AccessCase RandomUnicode(AccessCase valid, Random random)
    {
        string Text()
        {
            var text = new System.Text.StringBuilder();
            for (var i = random.Next(0, 6); i > 0; i--)
            {
                var codePoint = random.Next(3) == 0 ? Invisible[random.Next(Invisible.Length)] : random.Next(0, 0x110000);
                text.Append(codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint));
            }

            return text.ToString();
        }

        var requester = new Department(valid.Request.Requester.Code, Text(), valid.Request.Requester.Level, valid.Request.Requester.Region);
        var entry = new CatalogEntry(valid.Entry.ResourceCode, Text(), valid.Entry.Provider, valid.Entry.Category, valid.Entry.ShareType, valid.Entry.Items)
        {
            Classified = valid.Entry.Classified,
            BaseResource = valid.Entry.BaseResource,
        };
        var request = new AccessRequest(requester, valid.Request.ResourceCode, valid.Request.RequestedItems,
            new Purpose(valid.Request.Purpose?.Use ?? UsePurpose.WorkReference, Text()), valid.Request.Method, valid.Request.SubmittedAt)
        {
            Network = valid.Request.Network,
        };
        return new AccessCase(request, entry);
    }

    // Characters that draw nothing: spaces, zero-width and joiners, marks alone, controls, the blank Hangul fillers.
    private static readonly int[] Invisible =
        [0x20, 0x09, 0x0A, 0x00, 0x00AD, 0x034F, 0x0301, 0x115F, 0x180E, 0x200B, 0x200C, 0x200D, 0x2060, 0x202E, 0x3000, 0x3164, 0xFEFF, 0xE000, 0xE0001, 0x2800];

    private static AccessCase Huge(AccessCase valid)
    {
        var items = Enumerable.Range(0, 100).Select(i => new CatalogItem($"item{i}", $"信息项{i}", (ItemKind)(i % 2), i % 3 == 0 ? null : (ShareType)(i % 3)));
        var entry = new CatalogEntry(valid.Entry.ResourceCode, valid.Entry.Name, valid.Entry.Provider, valid.Entry.Category, valid.Entry.ShareType, items)
        {
            Classified = valid.Entry.Classified,
        };
        return valid with { Entry = entry, Request = Copy(valid.Request, items: []) };
    }

    // A classified base resource whose base items are Unconditional by law, stated NotShared, asked for through either network.
    private static AccessCase PullingApart(AccessCase valid, Random random)
    {
        var entry = new CatalogEntry(valid.Entry.ResourceCode, valid.Entry.Name, valid.Entry.Provider, ResourceCategory.Base, ShareType.NotShared,
            valid.Entry.Items.Select(item => new CatalogItem(item.Code, item.Name, ItemKind.BaseItem, ShareType.Unconditional)))
        {
            Classified = true,
            BaseResource = "人口",
        };
        var request = Copy(valid.Request, network: random.Next(2) == 0 ? NetworkZone.Internal : NetworkZone.External);
        return new AccessCase(request, entry);
    }

    private static AccessRequest Copy(
        AccessRequest request, string? resourceCode = null, IEnumerable<string>? items = null, Instant? submittedAt = null, NetworkZone? network = null, Purpose? purpose = null) =>
        new(request.Requester, resourceCode ?? request.ResourceCode, items ?? request.RequestedItems, purpose ?? request.Purpose, request.Method, submittedAt ?? request.SubmittedAt)
        {
            Network = network ?? request.Network,
        };
}

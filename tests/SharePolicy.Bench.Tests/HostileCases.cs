using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Bench.Tests;

/// <summary>
/// Turns valid requests of the <see cref="RequestMix"/> into hostile ones: unknown items and resources, dates far
/// outside the calendar (the ends of time included), junk text, huge entries, and facts that pull different ways.
/// </summary>
internal static class HostileCases
{
    public const int Kinds = 8;

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
        _ => PullingApart(valid, random),
    };

    private static AccessCase JunkText(AccessCase valid, Random random)
    {
        string Text() => Junk[random.Next(Junk.Length)] + new string((char)random.Next(0x20, 0xD7FF), random.Next(1, 5000));
        var entry = new CatalogEntry(Text(), Text(), new Department(Text(), Text(), GovernmentLevel.County, Text()), valid.Entry.Category, valid.Entry.ShareType,
            valid.Entry.Items.Select(item => new CatalogItem(item.Code + Text(), Text(), item.Kind, item.ShareType)))
        {
            Classified = valid.Entry.Classified,
        };
        return new AccessCase(Copy(valid.Request, resourceCode: entry.ResourceCode, items: []), entry);
    }

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
        AccessRequest request, string? resourceCode = null, IEnumerable<string>? items = null, Instant? submittedAt = null, NetworkZone? network = null) =>
        new(request.Requester, resourceCode ?? request.ResourceCode, items ?? request.RequestedItems, request.Purpose, request.Method, submittedAt ?? request.SubmittedAt)
        {
            Network = network ?? request.Network,
        };
}

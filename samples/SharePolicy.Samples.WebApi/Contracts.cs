using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Samples.WebApi;

// The platform's JSON: its own contract, mapped onto SharePolicy's model. Times carry their offset
// (2025-09-28T10:00:00+08:00); enums are written by name.

/// <summary>A department.</summary>
public sealed record DepartmentBody(string Code, string Name, GovernmentLevel Level, string Region)
{
    public Department ToModel() => new(Code, Name, Level, Region);
}

/// <summary>The use a requester will make of data, and the duty it serves.</summary>
public sealed record PurposeBody(UsePurpose Use, string Duty)
{
    public Purpose ToModel() => new(Use, Duty);
}

/// <summary>A data item of a catalogued resource; a null share type follows the entry's.</summary>
public sealed record ItemBody(string Code, string Name, ItemKind Kind, ShareType? ShareType = null)
{
    public CatalogItem ToModel() => new(Code, Name, Kind, ShareType);
}

/// <summary>A catalog entry, as the platform's catalog holds it.</summary>
public sealed record CatalogEntryBody(
    string ResourceCode,
    string Name,
    DepartmentBody Provider,
    ResourceCategory Category,
    ShareType ShareType,
    IReadOnlyList<ItemBody> Items,
    string? BaseResource = null,
    string? ShareConditions = null,
    IReadOnlyList<ShareMethod>? ShareMethods = null,
    NetworkZone Zone = NetworkZone.External)
{
    public CatalogEntry ToModel() => new(ResourceCode, Name, Provider.ToModel(), Category, ShareType, Items.Select(item => item.ToModel()))
    {
        BaseResource = BaseResource,
        ShareConditions = ShareConditions,
        ShareMethods = ShareMethods ?? [],
        Zone = Zone,
    };
}

/// <summary>A department's request for data; no items asks for every item, no purpose states none.</summary>
public sealed record AccessRequestBody(
    DepartmentBody Requester,
    string ResourceCode,
    ShareMethod Method,
    DateTimeOffset SubmittedAt,
    PurposeBody? Purpose = null,
    IReadOnlyList<string>? Items = null)
{
    public AccessRequest ToModel() =>
        new(Requester.ToModel(), ResourceCode, Items ?? [], Purpose?.ToModel(), Method, Instant.FromDateTimeOffset(SubmittedAt));
}

/// <summary>POST /access-requests: the request, and the catalog entry of the resource it asks for.</summary>
public sealed record AccessApplicationBody(AccessRequestBody Request, CatalogEntryBody Entry);

/// <summary>The platform's record of an application: its id, and the decision on it.</summary>
public sealed record ApplicationResponse(Guid Id, AccessDecision Decision);

/// <summary>POST /replies: the provider's reply to an application the platform holds.</summary>
public sealed record ReplyBody(
    Guid ApplicationId,
    bool Approved,
    DateTimeOffset RepliedAt,
    string? RefusalReasons = null,
    IReadOnlyList<string>? Scope = null,
    UsePurpose? PurposeOfUse = null,
    ShareMethod? Method = null)
{
    public ProviderReply ToModel() => new(Approved, Instant.FromDateTimeOffset(RepliedAt))
    {
        RefusalReasons = RefusalReasons,
        Scope = Scope ?? [],
        PurposeOfUse = PurposeOfUse,
        Method = Method,
    };
}

/// <summary>
/// Whether the reply came by the deadline the decision set (Met or Late, from <see cref="Deadline.Check"/>), and
/// the review of the reply itself (Art. 12 ¶1, ¶2: a refusal states its reasons, an approval its scope).
/// </summary>
public sealed record ReplyResponse(Guid ApplicationId, Deadline Deadline, DeadlineStatus Timeliness, Decision<ReplyReviewOutcome> Review);

/// <summary>POST /uses: what a provider granted, and a use to check against it (Art. 14).</summary>
public sealed record UseCheckBody(GrantBody Grant, UseBody Use);

/// <summary>What a provider granted: the items, and the purpose they may be used for.</summary>
public sealed record GrantBody(DepartmentBody Grantee, string ResourceCode, IReadOnlyList<string> Items, PurposeBody Purpose)
{
    public ShareGrant ToModel() => new(Grantee.ToModel(), ResourceCode, Items, Purpose.ToModel());
}

/// <summary>One use a department makes of shared data.</summary>
public sealed record UseBody(DepartmentBody User, PurposeBody Purpose, IReadOnlyList<string> Items, bool PassesToThirdParty = false, bool InChangedForm = false)
{
    public DataUse ToModel() => new(User.ToModel(), Purpose.ToModel(), Items)
    {
        PassesToThirdParty = PassesToThirdParty,
        InChangedForm = InChangedForm,
    };
}

/// <summary>GET /calendar/{date}: whether the date is a working day, the holiday arrangement that makes it so, and the next working day.</summary>
public sealed record CalendarDay(LocalDate Date, bool WorkingDay, BilingualText? Holiday, LocalDate NextWorkingDay);

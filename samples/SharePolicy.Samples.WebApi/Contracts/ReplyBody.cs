using NodaTime;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>POST /replies: the provider's reply to an application the platform holds (<see cref="ProviderReply"/>).</summary>
public sealed record ReplyBody(
    Guid ApplicationId,
    bool Approved,
    OffsetDateTime RepliedAt,
    string? RefusalReasons = null,
    IReadOnlyList<string?>? Scope = null,
    UsePurpose? PurposeOfUse = null,
    ShareMethod? Method = null,
    bool RefusedForMissingMaterials = false,
    ReplyExtensionBody? Extension = null,
    bool ApprovedByUnitHead = false,
    string? ExtraConditions = null)
{
    public ProviderReply ToModel() => new(Approved, RepliedAt.ToInstant())
    {
        RefusalReasons = RefusalReasons,
        Scope = Lists.NoNulls(Scope, "scope"),
        PurposeOfUse = PurposeOfUse,
        Method = Method,
        RefusedForMissingMaterials = RefusedForMissingMaterials,
        Extension = Extension?.ToModel(),
        ApprovedByUnitHead = ApprovedByUnitHead,
        ExtraConditions = ExtraConditions,
    };
}

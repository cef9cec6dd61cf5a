using NodaTime;
using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>
/// A department's request for data (<see cref="AccessRequest"/>); no items asks for every item, no purpose states none.
/// The time carries its offset (2025-09-28T10:00:00+08:00): a time without one is refused, not guessed.
/// </summary>
public sealed record AccessRequestBody(
    DepartmentBody Requester,
    string ResourceCode,
    ShareMethod Method,
    OffsetDateTime SubmittedAt,
    PurposeBody? Purpose = null,
    IReadOnlyList<string?>? Items = null,
    NetworkZone Network = NetworkZone.External,
    string? UseBasis = null,
    string? UseScope = null,
    LocalDate? UseUntil = null,
    bool ApprovedByUnitHead = false,
    OffsetDateTime? MaterialsSuppliedAt = null,
    SharingChannel Channel = SharingChannel.SharingPlatform)
{
    public AccessRequest ToModel() =>
        new(Requester.ToModel(), ResourceCode, Lists.NoNulls(Items, "request.items"), Purpose?.ToModel(), Method, SubmittedAt.ToInstant())
        {
            Network = Network,
            UseBasis = UseBasis,
            UseScope = UseScope,
            UseUntil = UseUntil,
            ApprovedByUnitHead = ApprovedByUnitHead,
            MaterialsSuppliedAt = MaterialsSuppliedAt?.ToInstant(),
            Channel = Channel,
        };
}

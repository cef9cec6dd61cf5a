using SharePolicy.Model;

namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>A catalog entry, as the platform's catalog holds it: every fact of <see cref="CatalogEntry"/>.</summary>
public sealed record CatalogEntryBody(
    string ResourceCode,
    string Name,
    DepartmentBody Provider,
    ResourceCategory Category,
    ShareType ShareType,
    IReadOnlyList<ItemBody?> Items,
    string? BaseResource = null,
    string? ShareConditions = null,
    IReadOnlyList<ShareMethod?>? ShareMethods = null,
    NetworkZone Zone = NetworkZone.External,
    LegalBasisBody? LegalBasis = null,
    string? Format = null,
    string? UpdateCycle = null,
    bool Classified = false,
    bool ConnectedToPlatform = true,
    bool WorkSecret = false,
    CatalogStatus Status = CatalogStatus.Published,
    DataGrade? Grade = null,
    bool AssessedAsLawRequires = false,
    bool ApprovedByDepartmentHead = false)
{
    public CatalogEntry ToModel() => new(ResourceCode, Name, Provider.ToModel(), Category, ShareType, Lists.Map(Items, "entry.items", item => item.ToModel()))
    {
        BaseResource = BaseResource,
        ShareConditions = ShareConditions,
        ShareMethods = Lists.Values(ShareMethods, "entry.shareMethods"),
        Zone = Zone,
        LegalBasis = LegalBasis?.ToModel(),
        Format = Format,
        UpdateCycle = UpdateCycle,
        Classified = Classified,
        WorkSecret = WorkSecret,
        AssessedAsLawRequires = AssessedAsLawRequires,
        ApprovedByDepartmentHead = ApprovedByDepartmentHead,
        Status = Status,
        Grade = Grade,
        ConnectedToPlatform = ConnectedToPlatform,
    };
}

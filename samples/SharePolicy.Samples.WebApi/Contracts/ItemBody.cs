using SharePolicy.Model;

namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>A data item of a catalogued resource; a null share type follows the entry's (<see cref="CatalogItem"/>).</summary>
public sealed record ItemBody(string Code, string Name, ItemKind Kind, ShareType? ShareType = null)
{
    public CatalogItem ToModel() => new(Code, Name, Kind, ShareType);
}

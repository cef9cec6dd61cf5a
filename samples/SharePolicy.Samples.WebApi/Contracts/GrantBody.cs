using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>What a provider granted: the items, the purpose they may be used for and the method (<see cref="ShareGrant"/>).</summary>
public sealed record GrantBody(DepartmentBody Grantee, string ResourceCode, IReadOnlyList<string?> Items, PurposeBody Purpose, ShareMethod? Method = null)
{
    public ShareGrant ToModel() => new(Grantee.ToModel(), ResourceCode, Lists.NoNulls(Items, "grant.items"), Purpose.ToModel()) { Method = Method };
}

using System.Collections.Concurrent;
using SharePolicy.Model;

namespace SharePolicy.Samples.WebApi;

/// <summary>The applications the platform has decided, by id. In memory: a real platform keeps them in its database.</summary>
internal sealed class Applications
{
    private readonly ConcurrentDictionary<Guid, Application> _byId = new();

    public Guid Add(AccessRequest request, CatalogEntry entry, AccessDecision decision)
    {
        var id = Guid.NewGuid();
        _byId[id] = new Application(request, entry, decision);
        return id;
    }

    public Application? Find(Guid id) => _byId.GetValueOrDefault(id);

    internal sealed record Application(AccessRequest Request, CatalogEntry Entry, AccessDecision Decision);
}

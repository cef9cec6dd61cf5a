using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Samples.WebApi;

/// <summary>
/// The applications the platform has decided, by id. In memory and bounded: past <see cref="Capacity"/> the oldest is
/// let go, so a stream of requests cannot fill the server's memory (a real platform keeps them in its database).
/// </summary>
internal sealed class Applications(int capacity)
{
    private readonly Dictionary<Guid, Application> _byId = [];
    private readonly Queue<Guid> _order = new();
    private readonly Lock _lock = new();

    /// <summary>How many applications are kept at most.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "Keep at least one application.");

    public Guid Add(AccessRequest request, CatalogEntry entry, AccessDecision decision)
    {
        var id = Guid.NewGuid();
        lock (_lock)
        {
            if (_order.Count == Capacity)
            {
                _byId.Remove(_order.Dequeue());
            }

            _byId[id] = new Application(request, entry, decision);
            _order.Enqueue(id);
        }

        return id;
    }

    public Application? Find(Guid id)
    {
        lock (_lock)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    internal sealed record Application(AccessRequest Request, CatalogEntry Entry, AccessDecision Decision);
}

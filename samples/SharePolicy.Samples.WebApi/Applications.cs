using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Samples.WebApi;

/// <summary>
/// The applications the platform has decided, by id. In memory and bounded twice: past <see cref="Capacity"/>
/// applications, or past <see cref="MaxBytes"/> of their estimated size, the oldest are let go (the newest is always
/// kept), so a stream of requests, however large each is, cannot fill the server's memory (a real platform keeps them
/// in its database).
/// </summary>
internal sealed class Applications(int capacity, long maxBytes)
{
    private readonly Dictionary<Guid, (Application Application, long Bytes)> _byId = [];
    private readonly Queue<Guid> _order = new();
    private readonly Lock _lock = new();
    private long _bytes;

    /// <summary>How many applications are kept at most.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "Keep at least one application.");

    /// <summary>How many bytes the applications kept may take together, by <see cref="Footprint"/>.</summary>
    public long MaxBytes { get; } = maxBytes > 0 ? maxBytes : throw new ArgumentOutOfRangeException(nameof(maxBytes), maxBytes, "Keep at least one byte.");

    public Guid Add(AccessRequest request, CatalogEntry entry, AccessDecision decision)
    {
        var id = Guid.NewGuid();
        var bytes = Footprint(request, entry, decision);
        lock (_lock)
        {
            while (_order.Count > 0 && (_order.Count >= Capacity || _bytes + bytes > MaxBytes))
            {
                _byId.Remove(_order.Dequeue(), out var oldest);
                _bytes -= oldest.Bytes;
            }

            _byId[id] = (new Application(request, entry, decision), bytes);
            _order.Enqueue(id);
            _bytes += bytes;
        }

        return id;
    }

    public Application? Find(Guid id)
    {
        lock (_lock)
        {
            return _byId.TryGetValue(id, out var kept) ? kept.Application : null;
        }
    }

    // An estimate of what an application holds on to: its texts (two bytes a character) and a fixed cost per object.
    internal static long Footprint(AccessRequest request, CatalogEntry entry, AccessDecision decision)
    {
        const int PerObject = 64;
        long bytes = 1024 + (2L * (entry.Name.Length + (request.Purpose?.Duty.Length ?? 0) + (request.UseBasis?.Length ?? 0) + (request.UseScope?.Length ?? 0)));
        foreach (var item in entry.Items)
        {
            bytes += PerObject + (2L * (item.Code.Length + item.Name.Length));
        }

        foreach (var code in request.RequestedItems)
        {
            bytes += PerObject + (2L * code.Length);
        }

        return bytes + ((long)PerObject * (decision.Items.Count + decision.Reasons.Count + decision.Obligations.Count));
    }

    internal sealed record Application(AccessRequest Request, CatalogEntry Entry, AccessDecision Decision);
}

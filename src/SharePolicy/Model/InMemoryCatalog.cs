namespace SharePolicy.Model;

/// <summary>A catalog of entries held in memory, e.g. a snapshot of the platform's catalog taken at start.</summary>
public sealed class InMemoryCatalog : ICatalog
{
    /// <summary>The most entries one catalog holds; a national catalog lists some hundreds of thousands of resources.</summary>
    public const int MaxEntries = 1_000_000;

    private readonly Dictionary<string, CatalogEntry> _byCode;

    /// <summary>Creates a catalog of the entries given; they are copied, so a later change to the sequence changes nothing.</summary>
    /// <param name="entries">The entries, each resource code once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A resource code appears twice, or there are more than <see cref="MaxEntries"/> entries.</exception>
    public InMemoryCatalog(IEnumerable<CatalogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _byCode = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        var ordered = new List<CatalogEntry>();
        foreach (var entry in entries)
        {
            if (entry is null)
            {
                throw new ArgumentNullException(nameof(entries), $"Catalog entry {ordered.Count + 1} is null.");
            }

            if (ordered.Count == MaxEntries)
            {
                throw new ArgumentException($"A catalog holds at most {MaxEntries} entries.", nameof(entries));
            }

            if (!_byCode.TryAdd(entry.ResourceCode, entry))
            {
                throw new ArgumentException($"The catalog lists resource '{entry.ResourceCode}' more than once.", nameof(entries));
            }

            ordered.Add(entry);
        }

        Entries = ordered.AsReadOnly();
    }

    /// <summary>The entries, in the order given.</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <inheritdoc/>
    public CatalogEntry? Find(string resourceCode)
    {
        ArgumentNullException.ThrowIfNull(resourceCode);
        return _byCode.GetValueOrDefault(resourceCode);
    }
}

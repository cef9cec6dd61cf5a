using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>
/// What the access question is asked about: a request and the catalog entry of the resource it names, given or looked
/// up in the host's catalog. A request for a resource the catalog does not list is Denied, "not in the catalog".
/// </summary>
public sealed record AccessInput
{
    /// <summary>Creates the input from the entry of the resource requested.</summary>
    /// <param name="request">The request.</param>
    /// <param name="entry">The catalog entry of the resource the request names.</param>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    public AccessInput(AccessRequest request, CatalogEntry entry)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        Entry = entry ?? throw new ArgumentNullException(nameof(entry));
    }

    /// <summary>Creates the input by looking the resource requested up in a catalog.</summary>
    /// <param name="request">The request.</param>
    /// <param name="catalog">The host's catalog.</param>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    public AccessInput(AccessRequest request, ICatalog catalog)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        ArgumentNullException.ThrowIfNull(catalog);
        Entry = catalog.Find(request.ResourceCode);
    }

    /// <summary>The request.</summary>
    public AccessRequest Request { get; }

    /// <summary>The catalog entry of the resource the request names; null when the catalog does not list it.</summary>
    public CatalogEntry? Entry { get; }
}

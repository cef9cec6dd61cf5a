using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>What the access question is asked about: a request and the catalog entry of the resource it names.</summary>
public sealed record AccessInput
{
    /// <summary>Creates the input.</summary>
    /// <param name="request">The request.</param>
    /// <param name="entry">The catalog entry of the resource the request names.</param>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    public AccessInput(AccessRequest request, CatalogEntry entry)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        Entry = entry ?? throw new ArgumentNullException(nameof(entry));
    }

    /// <summary>The request.</summary>
    public AccessRequest Request { get; }

    /// <summary>The catalog entry of the resource the request names.</summary>
    public CatalogEntry Entry { get; }
}

namespace SharePolicy.Model;

/// <summary>
/// The resource catalog a platform keeps (政务信息资源目录, Art. 7–8): the basis of sharing between departments
/// (Art. 8 ¶2). The host provides it; <see cref="InMemoryCatalog"/> holds entries given in code, and
/// <c>FileCatalog</c> reads them from catalog files. Implementations answer from memory and are safe to call from
/// several threads at once: a decision looks an entry up on its own thread and does no I/O.
/// </summary>
public interface ICatalog
{
    /// <summary>Finds the entry of a resource.</summary>
    /// <param name="resourceCode">The resource's catalog code.</param>
    /// <returns>The entry, or null when the catalog has no resource of that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resourceCode"/> is null.</exception>
    CatalogEntry? Find(string resourceCode);
}

namespace SharePolicy.Questions;

/// <summary>Catalog files that cannot be used: a file that cannot be read, a malformed entry, or a resource listed twice.</summary>
public sealed class CatalogLoadException : Exception
{
    internal CatalogLoadException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, each as <c>file:line:column: reason</c> (or <c>file: reason</c> for a file that could not be read).</summary>
    public IReadOnlyList<string> Errors { get; }
}

namespace SharePolicy.Files;

/// <summary>A file of a data directory that could not be read, and why.</summary>
/// <param name="Path">The path: the directory as given, and the file's name.</param>
/// <param name="Reason">Why it could not be read, and what would do.</param>
internal sealed record DataFileProblem(string Path, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Reason}";
}

using SharePolicy.Files;
using SharePolicy.Model;
using SharePolicy.Questions.Binding;

namespace SharePolicy.Questions;

/// <summary>
/// A catalog read from a directory of catalog files (docs/catalog-files.md): each <c>*.yaml</c> (or <c>*.json</c>)
/// file lists <c>entries:</c> written as a scenario's <c>entry</c>. The files are read once, within the bounds every
/// data directory has, and the catalog answers from memory; load it again to see a change.
/// </summary>
public sealed class FileCatalog : ICatalog
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    private readonly InMemoryCatalog _entries;

    private FileCatalog(string directory, InMemoryCatalog entries)
    {
        Directory = directory;
        _entries = entries;
    }

    /// <summary>The directory the catalog was read from.</summary>
    public string Directory { get; }

    /// <summary>The entries, in file order and, within a file, in the order listed.</summary>
    public IReadOnlyList<CatalogEntry> Entries => _entries.Entries;

    /// <summary>Reads the catalog files of a directory.</summary>
    /// <param name="directory">The directory; its subdirectories are read too, as a rule library's are.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="CatalogLoadException">A file cannot be read or holds a malformed entry, or a resource code repeats; every problem is listed.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<FileCatalog> LoadAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Catalog directory '{directory}' does not exist.");
        }

        var (files, problems) = await DataDirectory.ReadAsync(directory, Extensions, cancellationToken, recursive: true).ConfigureAwait(false);
        var errors = problems.Select(problem => problem.ToString()).ToList();
        var entries = new List<CatalogEntry>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var yamlErrors = new List<YamlProblem>();
            foreach (var (entry, node) in Read(file, yamlErrors))
            {
                var place = FormattableString.Invariant($"{file.Path}:{node.Start.Line}:{node.Start.Column}");
                if (seen.TryGetValue(entry.ResourceCode, out var first))
                {
                    errors.Add($"{place}: resource '{entry.ResourceCode}' is already listed at {first}.");
                }
                else
                {
                    seen.Add(entry.ResourceCode, place);
                    entries.Add(entry);
                }
            }

            errors.AddRange(yamlErrors.Select(error => error.ToString()));
        }

        return errors.Count > 0
            ? throw new CatalogLoadException(errors)
            : new FileCatalog(directory, new InMemoryCatalog(entries));
    }

    /// <inheritdoc/>
    public CatalogEntry? Find(string resourceCode) => _entries.Find(resourceCode);

    // A catalog file's entries with the node each was read from; a malformed entry is reported and left out.
    private static List<(CatalogEntry Entry, YamlDotNet.RepresentationModel.YamlNode Node)> Read(DataFile file, List<YamlProblem> errors)
    {
        var read = new List<(CatalogEntry, YamlDotNet.RepresentationModel.YamlNode)>();
        if (YamlFile.Load(file.Path, file.Content, "a catalog file", 32, errors, out var fields) is not { } document
            || fields.Map(document, "a catalog file", "entries") is not { } root
            || root.Required("entries") is not { } entriesNode
            || fields.Sequence(entriesNode, "entries") is not { } nodes)
        {
            return read;
        }

        var given = new GivenReader(fields, document);
        foreach (var node in nodes)
        {
            if (given.Entry(node) is { } entry)
            {
                read.Add((entry, node));
            }
        }

        return read;
    }
}

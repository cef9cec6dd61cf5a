using System.Reflection;
using SharePolicy.Files;
using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>
/// Loads rule libraries: the default one embedded in the package, or rule sets of the host's own (docs/rule-sets.md).
/// A library is every rule set found, national ones and the overlays of provinces and cities; each decision takes the
/// stack in force for its event's day and place.
/// </summary>
public static class RuleSetLoader
{
    private const string EmbeddedPrefix = "SharePolicy.DefaultRules/";

    private static readonly string[] RuleFileExtensions = [".yaml", ".yml"];

    private static readonly Lazy<RuleLibrary> DefaultLibrary = new(() => Load(ReadDefaultFiles()));

    /// <summary>
    /// The default library, embedded in the package (the rule sets under <c>rules/</c> of the repository: the national
    /// rule set of the 2016 Measures, <c>cn.national.measures-2016</c>). It is compiled on first use and shared afterwards.
    /// </summary>
    public static RuleLibrary LoadDefault() => DefaultLibrary.Value;

    /// <summary>
    /// Loads every <c>*.yaml</c> and <c>*.yml</c> file of a directory and its subdirectories (to
    /// <see cref="MaxDepth"/> levels), in path order. Each folder with a <c>rule-set.yaml</c> is a rule set; a folder of
    /// rule files without one is a national rule set of the 2016 Measures named after the folder; files under an
    /// <c>instruments</c> folder describe instruments the rule sets may cite. Hidden files and folders and editors' lock
    /// and backup files (<c>.name</c>, <c>#name#</c>, <c>name~</c>) are skipped, and links to folders are not followed.
    /// Only regular files inside the directory are read, each at most 1 MiB, at most 512 and all at most 16 MiB: a pipe, a
    /// device, a link out of the directory or to nothing, an oversized file or one that is not UTF-8 is a load error of its own.
    /// </summary>
    /// <param name="directory">The directory of rule sets; it replaces the default library.</param>
    /// <param name="cancellationToken">Cancels reading and compiling.</param>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="FileNotFoundException">The directory holds no rule files.</exception>
    /// <exception cref="RuleSetLoadException">A rule file cannot be read or is malformed; every error is listed with file and line.</exception>
    /// <exception cref="OperationCanceledException">The load was cancelled.</exception>
    public static Task<RuleLibrary> LoadDirectoryAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return LoadAsync(directory, null, cancellationToken);
    }

    /// <summary>
    /// Loads a library and the rule sets an overlay directory adds to it: typically the embedded default library
    /// (<paramref name="directory"/> null) and a province's and city's overlays. Both directories are read as
    /// <see cref="LoadDirectoryAsync"/> reads one, and the bounds hold for each.
    /// </summary>
    /// <param name="directory">The directory of the library; null for the embedded default.</param>
    /// <param name="overlayDirectory">A directory of rule sets added to it; null for none.</param>
    /// <param name="cancellationToken">Cancels reading and compiling.</param>
    /// <exception cref="DirectoryNotFoundException">A directory does not exist.</exception>
    /// <exception cref="FileNotFoundException">A directory holds no rule files.</exception>
    /// <exception cref="RuleSetLoadException">A rule file cannot be read or is malformed; every error is listed with file and line.</exception>
    /// <exception cref="OperationCanceledException">The load was cancelled.</exception>
    public static async Task<RuleLibrary> LoadAsync(string? directory, string? overlayDirectory, CancellationToken cancellationToken = default)
    {
        if (directory is null && overlayDirectory is null)
        {
            return LoadDefault();
        }

        var files = new List<RuleFile>();
        var errors = new List<RuleFileError>();
        if (directory is null)
        {
            files.AddRange(ReadDefaultFiles());
        }
        else
        {
            await ReadDirectoryAsync(directory, files, errors, cancellationToken).ConfigureAwait(false);
        }

        if (overlayDirectory is not null)
        {
            await ReadDirectoryAsync(overlayDirectory, files, errors, cancellationToken).ConfigureAwait(false);
        }

        return LibraryBuilder.Build(files, errors, cancellationToken);
    }

    private static async Task ReadDirectoryAsync(string directory, List<RuleFile> files, List<RuleFileError> errors, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The rule directory '{directory}' does not exist.");
        }

        var (read, problems) = await DataDirectory.ReadAsync(directory, RuleFileExtensions, cancellationToken, recursive: true).ConfigureAwait(false);
        if (read.Count == 0 && problems.Count == 0)
        {
            throw new FileNotFoundException($"The rule directory '{directory}' holds no rule files (*.yaml, *.yml).", directory);
        }

        errors.AddRange(problems.Select(problem => new RuleFileError(new RuleSource(problem.Path, 1, 1), problem.Reason)));
        files.AddRange(read.Select(file => new RuleFile(file.Path, file.Content)));
    }

    /// <summary>How deep below a rule directory <see cref="LoadDirectoryAsync"/> looks for rule files.</summary>
    public static int MaxDepth => DataDirectory.MaxDepth;

    /// <summary>
    /// Compiles rule files given as text, e.g. kept by the host in a database. Their paths group them into rule sets as
    /// a directory's do (<see cref="LoadDirectoryAsync"/>): <c>cn/national/measures-2016/rule-set.yaml</c> and its
    /// neighbours are one rule set.
    /// </summary>
    /// <param name="files">The rule files; at least one.</param>
    /// <param name="cancellationToken">Cancels compiling.</param>
    /// <exception cref="ArgumentException">No file is given, or one is null.</exception>
    /// <exception cref="RuleSetLoadException">A rule file is malformed; every error is listed with file and line.</exception>
    public static RuleLibrary Load(IEnumerable<RuleFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var list = files.Take(DataDirectory.MaxFiles + 1).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A rule library needs at least one rule file.", nameof(files));
        }

        if (Array.IndexOf(list, null) is var index and >= 0)
        {
            throw new ArgumentException($"Rule file at index {index} is null.", nameof(files));
        }

        // The bounds a directory's files have (DataDirectory), for files that come from elsewhere.
        var errors = new List<RuleFileError>();
        if (list.Length > DataDirectory.MaxFiles)
        {
            errors.Add(new RuleFileError(new RuleSource(list[DataDirectory.MaxFiles].Path, 1, 1), $"a rule library holds at most {DataDirectory.MaxFiles} rule files."));
            throw new RuleSetLoadException(errors);
        }

        long total = 0;
        foreach (var file in list)
        {
            total += file.Content.Length;
            if (file.Content.Length > DataDirectory.MaxFileBytes || total > DataDirectory.MaxDirectoryBytes)
            {
                errors.Add(new RuleFileError(new RuleSource(file.Path, 1, 1), file.Content.Length > DataDirectory.MaxFileBytes
                    ? $"is {file.Content.Length} characters; a rule file may be at most {DataDirectory.MaxFileBytes}."
                    : $"does not fit: the rule files of a library may hold at most {DataDirectory.MaxDirectoryBytes} characters together."));
            }
        }

        return errors.Count > 0 ? throw new RuleSetLoadException(errors) : LibraryBuilder.Build(list, errors, cancellationToken);
    }

    /// <summary>
    /// The rule files embedded in the package, as text, named by their paths under <c>rules/</c> (e.g.
    /// <c>rules/cn/national/measures-2016/access.yaml</c>) and in path order: to read them, or to compile them afresh with
    /// <see cref="Load"/> (<see cref="LoadDefault"/> compiles them once per process).
    /// </summary>
    /// <exception cref="InvalidOperationException">The package was built without rule files.</exception>
    public static IReadOnlyList<RuleFile> ReadDefaultFiles()
    {
        var assembly = typeof(RuleSetLoader).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new RuleFile("rules/" + name[EmbeddedPrefix.Length..].Replace('\\', '/'), ReadResource(assembly, name)))
            .ToArray();
        return files.Length > 0
            ? files
            : throw new InvalidOperationException("The package holds no embedded rule files; it was built without rules/.");
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

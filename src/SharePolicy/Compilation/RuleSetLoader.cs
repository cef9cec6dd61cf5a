using System.Reflection;
using SharePolicy.Files;
using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>Loads rule sets: the default one embedded in the package, or rule files of the host's own.</summary>
public static class RuleSetLoader
{
    private const string EmbeddedPrefix = "SharePolicy.DefaultRules.";

    private static readonly string[] RuleFileExtensions = [".yaml", ".yml"];

    private static readonly Lazy<CompiledRuleSet> DefaultRuleSet = new(() => Load(ReadDefaultFiles()));

    /// <summary>
    /// The default rule set, embedded in the package (the files under <c>rules/</c> of the repository).
    /// It is compiled on first use and shared afterwards.
    /// </summary>
    public static CompiledRuleSet LoadDefault() => DefaultRuleSet.Value;

    /// <summary>
    /// Loads every <c>*.yaml</c> and <c>*.yml</c> file of a directory (not its subdirectories), in name order. Hidden
    /// files and editors' lock and backup files (<c>.name</c>, <c>#name#</c>, <c>name~</c>) are skipped. Only regular
    /// files inside the directory are read, each at most 1 MiB and all at most 16 MiB: a pipe, a device, a link
    /// out of the directory or to nothing, an oversized file or one that is not UTF-8 is a load error of its own.
    /// </summary>
    /// <param name="directory">The directory of rule files; it replaces the default rule set.</param>
    /// <param name="cancellationToken">Cancels reading and compiling.</param>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="FileNotFoundException">The directory holds no rule files.</exception>
    /// <exception cref="RuleSetLoadException">A rule file cannot be read or is malformed; every error is listed with file and line.</exception>
    /// <exception cref="OperationCanceledException">The load was cancelled.</exception>
    public static async Task<CompiledRuleSet> LoadDirectoryAsync(string directory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The rule directory '{directory}' does not exist.");
        }

        var (read, problems) = await DataDirectory.ReadAsync(directory, RuleFileExtensions, cancellationToken).ConfigureAwait(false);
        if (read.Count == 0 && problems.Count == 0)
        {
            throw new FileNotFoundException($"The rule directory '{directory}' holds no rule files (*.yaml, *.yml).", directory);
        }

        var errors = problems.Select(problem => new RuleFileError(new RuleSource(problem.Path, 1, 1), problem.Reason)).ToList();
        return RuleSetCompiler.Compile(read.Select(file => new RuleFile(file.Path, file.Content)).ToArray(), errors, cancellationToken);
    }

    /// <summary>Compiles rule files given as text, e.g. kept by the host in a database.</summary>
    /// <param name="files">The rule files; at least one.</param>
    /// <param name="cancellationToken">Cancels compiling.</param>
    /// <exception cref="ArgumentException">No file is given, or one is null.</exception>
    /// <exception cref="RuleSetLoadException">A rule file is malformed; every error is listed with file and line.</exception>
    public static CompiledRuleSet Load(IEnumerable<RuleFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var list = files.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A rule set needs at least one rule file.", nameof(files));
        }

        if (Array.IndexOf(list, null) is var index and >= 0)
        {
            throw new ArgumentException($"Rule file at index {index} is null.", nameof(files));
        }

        // The bounds a directory's files have (DataDirectory), for files that come from elsewhere.
        var errors = new List<RuleFileError>();
        if (list.Length > DataDirectory.MaxFiles)
        {
            errors.Add(new RuleFileError(new RuleSource(list[DataDirectory.MaxFiles].Path, 1, 1), $"a rule set holds at most {DataDirectory.MaxFiles} rule files."));
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
                    : $"does not fit: the rule files of a set may hold at most {DataDirectory.MaxDirectoryBytes} characters together."));
            }
        }

        return errors.Count > 0 ? throw new RuleSetLoadException(errors) : RuleSetCompiler.Compile(list, [], cancellationToken);
    }

    /// <summary>
    /// The rule files embedded in the package, as text, named <c>rules/FILE</c> and in name order: to read them, or
    /// to compile them afresh with <see cref="Load"/> (<see cref="LoadDefault"/> compiles them once per process).
    /// </summary>
    /// <exception cref="InvalidOperationException">The package was built without rule files.</exception>
    public static IReadOnlyList<RuleFile> ReadDefaultFiles()
    {
        var assembly = typeof(RuleSetLoader).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new RuleFile("rules/" + name[EmbeddedPrefix.Length..], ReadResource(assembly, name)))
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

using System.Text;

namespace SharePolicy.Files;

/// <summary>
/// Reads the data files of one directory (rule files, calendar files) so that no directory can hang or exhaust a
/// load: only regular files directly inside it, of the given extensions, each at most <see cref="MaxFileBytes"/> and all
/// together at most <see cref="MaxDirectoryBytes"/>; hidden files and editors' lock and backup files are skipped, a link is
/// followed only to a regular file inside the directory, text must be UTF-8, and every problem is reported with its file.
/// </summary>
internal static class DataDirectory
{
    /// <summary>The largest data file, in bytes: 1 MiB (the default rules are about 40 KiB).</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>The most bytes all the data files of a directory may hold together: 16 MiB.</summary>
    public const long MaxDirectoryBytes = 16L << 20;

    /// <summary>The most data files a directory may hold.</summary>
    public const int MaxFiles = 512;

    // Opening a file can block for ever when it is a pipe no one writes to. Pipes and devices are refused before they
    // are opened (they report no length); this bounds the wait should one replace a file in between.
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(5);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>How deep below the directory a recursive read looks: a rule library's <c>cn/national/measures-2016/</c> is 3.</summary>
    public const int MaxDepth = 6;

    /// <summary>Reads every data file of <paramref name="directory"/> with one of <paramref name="extensions"/>, in path order.</summary>
    /// <param name="directory">The directory, which must exist.</param>
    /// <param name="extensions">The extensions of data files, with the dot, e.g. <c>.yaml</c>; compared ignoring case.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <param name="recursive">
    /// True to read its subdirectories too, to <see cref="MaxDepth"/> levels: hidden ones and links to directories are
    /// skipped, so that no link can make a cycle or lead out of the directory. The bounds are for all the files read.
    /// </param>
    /// <returns>The files read, and a problem for each file that could not be.</returns>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<(IReadOnlyList<DataFile> Files, IReadOnlyList<DataFileProblem> Problems)> ReadAsync(
        string directory, IReadOnlyList<string> extensions, CancellationToken cancellationToken, bool recursive = false)
    {
        var root = Path.GetFullPath(directory);
        var files = new List<DataFile>();
        var problems = new List<DataFileProblem>();
        var candidates = Candidates(directory, extensions, recursive ? MaxDepth : 0, cancellationToken)
            .Take(MaxFiles + 1)
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (candidates.Length > MaxFiles)
        {
            problems.Add(new DataFileProblem(candidates[MaxFiles], $"the directory holds more than {MaxFiles} data files; at most {MaxFiles} are read."));
            return (files, problems);
        }

        long total = 0;
        foreach (var path in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (file, problem) = await ReadOneAsync(root, path, MaxDirectoryBytes - total, cancellationToken).ConfigureAwait(false);
            if (problem is not null)
            {
                problems.Add(new DataFileProblem(path, problem));
            }
            else
            {
                total += file!.Content.Length;
                files.Add(file);
            }
        }

        return (files, problems);
    }

    /// <summary>The data files of a directory and, to the depth given, of its subdirectories that are neither hidden nor links.</summary>
    public static IEnumerable<string> Candidates(string directory, IReadOnlyList<string> extensions, int depth, CancellationToken cancellationToken)
    {
        foreach (var path in Directory.EnumerateFiles(directory))
        {
            if (IsDataFileName(Path.GetFileName(path), extensions))
            {
                yield return path;
            }
        }

        if (depth == 0)
        {
            yield break;
        }

        foreach (var sub in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(sub);
            if (name.Length == 0 || name[0] is '.' or '#' or '~' || new DirectoryInfo(sub).LinkTarget is not null)
            {
                continue;
            }

            foreach (var path in Candidates(sub, extensions, depth - 1, cancellationToken))
            {
                yield return path;
            }
        }
    }

    /// <summary>
    /// True for a file name that holds data: one of the extensions, and neither hidden (<c>.name</c>, which also covers
    /// Emacs's <c>.#name</c> locks and Vim's <c>.name.swp</c>) nor an editor's backup or autosave (<c>name~</c>, <c>#name#</c>).
    /// </summary>
    public static bool IsDataFileName(string name, IReadOnlyList<string> extensions) =>
        name.Length > 0 && name[0] is not ('.' or '#' or '~') && !name.EndsWith('~')
        && extensions.Any(extension => name.Length > extension.Length && name.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads one file a user named (a scenario or request file) with the same care as a directory's: a regular file of
    /// UTF-8 text of at most <paramref name="maxBytes"/>, a link followed wherever it leads but only to a regular file.
    /// </summary>
    /// <returns>The file, or why it could not be read.</returns>
    public static Task<(DataFile? File, string? Problem)> ReadFileAsync(string path, long maxBytes, CancellationToken cancellationToken) =>
        ReadOneAsync(null, path, maxBytes, cancellationToken);

    // A file of a directory (root given: a link must stay inside it), or one named on its own (root null).
    private static async Task<(DataFile? File, string? Problem)> ReadOneAsync(string? root, string path, long room, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is { } link)
            {
                if (info.ResolveLinkTarget(returnFinalTarget: true) is not FileInfo target || !target.Exists)
                {
                    return (null, $"is a link to '{link}', which is not a file; remove the link or the file it names.");
                }

                if (root is not null && !IsInside(root, target.FullName))
                {
                    return (null, $"is a link to '{link}', outside the directory; data files are read only from inside it.");
                }

                info = target;
            }

            // A pipe, socket or device reports no length; so does an empty file, which holds no data either.
            if (info.Length == 0)
            {
                return (null, "is empty, or is not a regular file (a pipe, socket or device); a data file is a regular file of text.");
            }

            if (info.Length > MaxFileBytes)
            {
                return (null, $"is {info.Length} bytes; a data file may be at most {MaxFileBytes} bytes.");
            }

            if (info.Length > room)
            {
                return (null, root is null
                    ? $"is {info.Length} bytes; it may be at most {room} bytes."
                    : $"does not fit: the data files of a directory may hold at most {MaxDirectoryBytes} bytes together.");
            }

            var bytes = await ReadBoundedAsync(info.FullName, info.Length, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                return (null, $"could not be opened within {OpenTimeout.TotalSeconds:0} seconds; is it a pipe?");
            }

            if (bytes.Length != info.Length)
            {
                return (null, "changed while it was read; load it again once it is written.");
            }

            return (new DataFile(path, StrictUtf8.GetString(bytes)), null);
        }
        catch (DecoderFallbackException exception)
        {
            return (null, $"is not UTF-8 text: {exception.Message}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, $"could not be read: {exception.Message}");
        }
    }

    // At most one byte more than the file's length, so that a file that grows is seen and never read whole.
    private static async Task<byte[]?> ReadBoundedAsync(string path, long length, CancellationToken cancellationToken)
    {
        // On a thread of its own: a busy thread pool must not make an ordinary file look like a pipe that never opens.
        var opening = Task.Factory.StartNew(
            () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous),
            cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (await Task.WhenAny(opening, Task.Delay(OpenTimeout, cancellationToken)).ConfigureAwait(false) != opening)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _ = opening.ContinueWith(task => task.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            return null;
        }

        await using var stream = await opening.ConfigureAwait(false);
        var buffer = new byte[length + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return buffer.AsSpan(0, read).ToArray();
    }

    private static bool IsInside(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return !Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}

namespace SharePolicy.Testing;

/// <summary>A temporary directory of files a test writes; deleted when disposed.</summary>
internal sealed class TempFiles : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sharepolicy-cli-");

    public string Root => _root.FullName;

    /// <summary>Writes a file under the directory and returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Makes a named pipe (a FIFO, which no one writes to) at <paramref name="path"/>, for tests of readers that must not wait on one.</summary>
    public static void MakeNamedPipe(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo") { ArgumentList = { path }, UseShellExecute = false })!;
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} exited with {mkfifo.ExitCode}.");
        }
    }

    public void Dispose() => _root.Delete(recursive: true);
}

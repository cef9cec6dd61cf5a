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

    public void Dispose() => _root.Delete(recursive: true);
}

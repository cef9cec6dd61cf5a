using System.Text.RegularExpressions;

namespace SharePolicy.Tests;

/// <summary>
/// The folders of src/SharePolicy depend one way: Model ← Files ← Calendar ← Instruments ← Rules ← Questions ←
/// Compilation ← Runtime ← Engine ← Hosting.
/// </summary>
public partial class ArchitectureTests
{
    private static readonly string[] Layers = ["Model", "Files", "Calendar", "Instruments", "Rules", "Questions", "Compilation", "Runtime", "Engine", "Hosting"];

    public static TheoryData<string> Folders => new(Layers);

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_uses_no_namespace_of_a_later_folder(string folder)
    {
        var later = Layers.SkipWhile(layer => layer != folder).Skip(1).ToArray();
        var source = Path.Combine(SourceRoot(), folder);
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories).ToArray();

        var offending = files
            .SelectMany(file => NamespaceUse().Matches(File.ReadAllText(file))
                .Select(match => match.Groups[1].Value)
                .Where(used => later.Contains(used))
                .Select(used => $"{Path.GetFileName(file)} uses SharePolicy.{used}"))
            .ToArray();

        files.Should().NotBeEmpty();
        offending.Should().BeEmpty();
    }

    [Fact]
    public void Every_folder_of_the_library_is_a_layer()
    {
        var folders = Directory.EnumerateDirectories(SourceRoot()).Select(Path.GetFileName).Where(name => name is not ("bin" or "obj"));

        folders.Should().BeEquivalentTo(Layers);
    }

    private static string SourceRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "SharePolicy");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("src/SharePolicy not found above the test output folder.");
    }

    [GeneratedRegex(@"\bSharePolicy\.(\w+)")]
    private static partial Regex NamespaceUse();
}

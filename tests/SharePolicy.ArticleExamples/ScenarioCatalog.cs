using SharePolicy.Compilation;
using SharePolicy.Scenarios;

namespace SharePolicy.ArticleExamples;

/// <summary>Every scenario file under scenarios/ and of the sample overlay, read once, with the rule library each runs against.</summary>
internal static class ScenarioCatalog
{
    private static readonly Lazy<IReadOnlyList<ScenarioFile>> LazyFiles = new(Load);

    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static IReadOnlyList<ScenarioFile> Files => LazyFiles.Value;

    /// <summary>Each scenario by a key that names it in test reports: <c>art-12.yaml › name</c>.</summary>
    public static IEnumerable<(string Key, ScenarioFile File, Scenario Scenario)> All =>
        Files.SelectMany(file => file.Scenarios.Select(scenario => (Key(file, scenario), file, scenario)));

    /// <summary>The sample overlay's scenarios, beside the article examples.</summary>
    public static string SampleDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "overlays", "scenarios");

    public static RuleLibrary RuleSetOf(ScenarioFile file) =>
        Libraries.GetOrAdd((file.RuleSetDirectory, file.OverlayDirectory), key => RuleSetLoader.LoadAsync(key.Directory, key.Overlays).GetAwaiter().GetResult());

    /// <summary>The article example files alone: those under scenarios/.</summary>
    public static IEnumerable<ScenarioFile> ArticleFiles => Files.Where(file => file.Path.StartsWith(Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    /// <summary>A file's path under scenarios/ (or the sample's scenarios/), with '/': <c>regulations-2025/art-21.yaml</c>.</summary>
    public static string RelativePath(ScenarioFile file) =>
        Path.GetRelativePath(file.Path.StartsWith(Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Directory : SampleDirectory, file.Path).Replace('\\', '/');

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string? Directory, string? Overlays), RuleLibrary> Libraries = new();

    private static string Key(ScenarioFile file, Scenario scenario) => $"{RelativePath(file)} › {scenario.Name}";

    private static ScenarioFile[] Load() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Concat(System.IO.Directory.EnumerateFiles(SampleDirectory, "*.yaml").Order(StringComparer.Ordinal))
            .Select(path => ScenarioFileReader.ReadAsync(path).GetAwaiter().GetResult())
            .ToArray();
}

using SharePolicy.Compilation;
using SharePolicy.Scenarios;

namespace SharePolicy.ArticleExamples;

/// <summary>Every scenario file under scenarios/, read once, with the rule set each runs against.</summary>
internal static class ScenarioCatalog
{
    private static readonly Lazy<IReadOnlyList<ScenarioFile>> LazyFiles = new(Load);

    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static IReadOnlyList<ScenarioFile> Files => LazyFiles.Value;

    /// <summary>Each scenario by a key that names it in test reports: <c>art-12.yaml › name</c>.</summary>
    public static IEnumerable<(string Key, ScenarioFile File, Scenario Scenario)> All =>
        Files.SelectMany(file => file.Scenarios.Select(scenario => (Key(file, scenario), file, scenario)));

    public static CompiledRuleSet RuleSetOf(ScenarioFile file) =>
        file.RuleSetDirectory is { } directory
            ? RuleSetLoader.LoadDirectoryAsync(directory).GetAwaiter().GetResult()
            : RuleSetLoader.LoadDefault();

    private static string Key(ScenarioFile file, Scenario scenario) => $"{Path.GetFileName(file.Path)} › {scenario.Name}";

    private static ScenarioFile[] Load() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(path => ScenarioFileReader.ReadAsync(path).GetAwaiter().GetResult())
            .ToArray();
}

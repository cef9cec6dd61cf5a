using SharePolicy.Compilation;

namespace SharePolicy.Bench;

/// <summary>
/// The rule files embedded in the SharePolicy package, as text. <see cref="RuleSetLoader.LoadDefault"/> compiles them
/// once per process; a cold-start measurement compiles them afresh from these.
/// </summary>
public static class DefaultRuleFiles
{
    // The logical names the package gives its rules/*.yaml (see src/SharePolicy/SharePolicy.csproj).
    private const string ResourcePrefix = "SharePolicy.DefaultRules.";

    /// <summary>Reads every embedded rule file, in name order, named <c>rules/FILE</c> as the default set names them.</summary>
    public static IReadOnlyList<RuleFile> Read()
    {
        var assembly = typeof(RuleSetLoader).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return new RuleFile("rules/" + name[ResourcePrefix.Length..], reader.ReadToEnd());
            })
            .ToArray();
    }
}

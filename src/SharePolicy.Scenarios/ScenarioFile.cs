namespace SharePolicy.Scenarios;

/// <summary>The scenarios of one file, and the rule library they run against.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Article">The article the file's examples illustrate, if it names one, of <see cref="Instrument"/>.</param>
/// <param name="RuleSetDirectory">The rule directory to run against, resolved against the file's folder; null for the default library.</param>
/// <param name="Scenarios">The scenarios, in file order.</param>
public sealed record ScenarioFile(string Path, int? Article, string? RuleSetDirectory, IReadOnlyList<Scenario> Scenarios)
{
    /// <summary>A directory of rule sets added to the library (its <c>overlays</c>, resolved against the file's folder): a city's overlay, say; null for none.</summary>
    public string? OverlayDirectory { get; init; }

    /// <summary>The id of the instrument <see cref="Article"/> belongs to: the Measures unless the file names another (<c>article: R2025 21</c>).</summary>
    public string Instrument { get; init; } = SharePolicy.Instruments.Instrument.Measures2016.Id;
}

using SharePolicy.Scenarios;

namespace SharePolicy.ArticleExamples;

/// <summary>Runs every scenario of every article file as its own test, reported by file and name.</summary>
public class ArticleScenarioTests
{
    public static TheoryData<string> Scenarios => new(ScenarioCatalog.All.Select(entry => entry.Key));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_decides_as_expected(string scenario)
    {
        var (_, file, example) = ScenarioCatalog.All.Single(entry => entry.Key == scenario);

        var result = ScenarioRunner.Run(example, ScenarioCatalog.RuleSetOf(file));

        result.Failures.Should().BeEmpty($"{example} should decide as its file says");
    }
}

using System.Text.RegularExpressions;
using SharePolicy.Compilation;

namespace SharePolicy.ArticleExamples;

/// <summary>The examples cover the rule set: each rule has a positive and a negative example in a file of its article.</summary>
public partial class ScenarioCoverageTests
{
    [Fact]
    public void Every_default_rule_has_a_positive_and_a_negative_example_in_a_file_of_its_article()
    {
        var missing = new List<string>();
        foreach (var rule in RuleSetLoader.LoadDefault().Rules)
        {
            var articles = rule.Articles.Select(article => (article.Instrument, article.Article)).ToHashSet();
            var examples = ScenarioCatalog.All
                .Where(entry => entry.File.RuleSetDirectory is null && entry.File.Article is { } article && articles.Contains((entry.File.Instrument, article)))
                .Where(entry => entry.Scenario.Rule == rule.Id)
                .Select(entry => entry.Scenario.Expect.FiredRules?.Contains(rule.Id))
                .ToArray();
            if (!examples.Contains(true))
            {
                missing.Add($"{rule.Id}: no positive example");
            }

            // A baseline rule whose condition is "true" cannot fail to fire, so it has no negative example.
            if (!examples.Contains(false) && rule.Condition.Trim() != "true")
            {
                missing.Add($"{rule.Id}: no negative example");
            }
        }

        missing.Should().BeEmpty();
    }

    [Fact]
    public void Every_rule_of_the_sample_overlay_has_a_positive_and_a_negative_example_in_its_scenarios()
    {
        var sample = ScenarioCatalog.Files.Where(file => file.OverlayDirectory is not null).ToArray();
        var overlay = ScenarioCatalog.RuleSetOf(sample.Should().ContainSingle().Subject).FindRuleSet("cn.zj.hangzhou.example");

        overlay.Should().NotBeNull();
        foreach (var rule in overlay!.Rules)
        {
            var examples = sample.SelectMany(file => file.Scenarios).Where(scenario => scenario.Rule == rule.Id)
                .Select(scenario => scenario.Expect.FiredRules?.Contains(rule.Id)).ToArray();
            examples.Should().Contain(true, $"{rule.Id} needs a positive example").And.Contain(false, $"{rule.Id} needs a negative example");
        }
    }

    [Fact]
    public void Every_example_names_a_rule_of_its_rule_set_and_states_the_rules_it_fires()
    {
        var wrong = ScenarioCatalog.All
            .Where(entry => entry.Scenario.Rule is { } rule && ScenarioCatalog.RuleSetOf(entry.File).FindRule(rule) is null
                || entry.Scenario.Expect.FiredRules is null)
            .Select(entry => entry.Key);

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Each_article_file_is_named_after_its_article()
    {
        var files = ScenarioCatalog.Files.Where(file => file.Article is not null).ToArray();

        files.Should().NotBeEmpty();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.Path);
            ArticleFileName().Match(name).Groups[1].Value.Should().Be(file.Article!.Value.ToString("00", System.Globalization.CultureInfo.InvariantCulture), name);
        }
    }

    [GeneratedRegex(@"^art-(\d{2})\.yaml$")]
    private static partial Regex ArticleFileName();
}

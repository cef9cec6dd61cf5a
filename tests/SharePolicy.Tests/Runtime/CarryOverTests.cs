using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharePolicy.Compilation;
using SharePolicy.Engine;

namespace SharePolicy.Tests.Runtime;

/// <summary>
/// The layer of carry-overs (docs/rule-sets.md, "Carry-overs"): provisions of the Measures kept under the Regulations,
/// on by default, left out by a host that reads the Regulations as replacing the Measures wholly.
/// </summary>
public class CarryOverTests
{
    [Fact]
    public void The_default_library_has_the_layer_and_WithoutCarryOvers_leaves_it_out_without_changing_the_library()
    {
        var library = RuleSetLoader.LoadDefault();

        var without = library.WithoutCarryOvers();

        library.RuleSets.Select(set => set.Manifest.Id).Should().Contain("cn.national.regulations-2025.carry-overs");
        without.RuleSets.Select(set => set.Manifest.Id).Should().Equal("cn.national.measures-2016", "cn.national.regulations-2025");
        without.WithoutCarryOvers().Should().BeSameAs(without);
        library.FindRuleSet("cn.national.regulations-2025.carry-overs")!.Manifest.IsCarryOver.Should().BeTrue();
    }

    [Fact]
    public void A_host_turns_the_carry_overs_off_with_an_option()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SharePolicy:CarryOvers"] = "false" }).Build();
        using var on = new ServiceCollection().AddSharePolicy().BuildServiceProvider();
        using var off = new ServiceCollection().AddSharePolicy(configuration).BuildServiceProvider();

        on.GetRequiredService<SharePolicyEngine>().Rules.RuleSets.Should().HaveCount(3);
        off.GetRequiredService<SharePolicyEngine>().Rules.RuleSets.Select(set => set.Manifest.Id).Should().NotContain("cn.national.regulations-2025.carry-overs");
    }

    [Theory]
    [InlineData("jurisdiction: { region: \"330100\", level: Municipal }\noverlays: cn.national.regulations-2025\ncarryOver: true", "a layer of carry-overs is national")]
    [InlineData("jurisdiction: national\ncarryOver: true", "a layer of carry-overs is national and overlays")]
    [InlineData("jurisdiction: national\noverlays: cn.national.regulations-2025\ncarryOver: maybe", "carryOver must be true or false, not 'maybe'")]
    public void A_layer_of_carry_overs_must_be_national_and_overlay_a_national_set(string place, string message)
    {
        var manifest = $"id: test.carry\nversion: \"1\"\ninstrument: cn.measures-2016\n{place}\ninForce: {{ from: 2025-08-01 }}\n";

        var act = () => RuleSetLoader.Load(RuleSetLoader.ReadDefaultFiles().Append(new RuleFile("carry/rule-set.yaml", manifest)));

        act.Should().Throw<RuleSetLoadException>().Which.Errors.Should().Contain(error => error.Message.Contains(message, StringComparison.Ordinal));
    }
}

using SharePolicy.Instruments;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Rules;
using SharePolicy.Runtime;

namespace SharePolicy.Tests.Engine;

public class RuleCombinerTests
{
    private const int Denied = (int)AccessOutcome.Denied;

    [Fact]
    public void Nothing_fired_gives_the_deny_outcome_with_no_deciding_rule()
    {
        var verdict = RuleCombiner.Combine([], Denied);

        verdict.Severity.Should().Be(Denied);
        verdict.Deciding.Should().BeEmpty();
    }

    [Fact]
    public void Forbid_beats_override_and_permit()
    {
        var forbid = Rule("f", RuleEffect.Forbid, AccessOutcome.Denied);
        var fired = new[] { Rule("p", RuleEffect.Permit, AccessOutcome.Granted), Rule("o", RuleEffect.Override, AccessOutcome.Granted), forbid };

        var verdict = RuleCombiner.Combine(fired, Denied);

        verdict.Severity.Should().Be(Denied);
        verdict.Deciding.Should().Equal(forbid);
    }

    [Fact]
    public void Override_beats_a_more_restrictive_permit()
    {
        var @override = Rule("o", RuleEffect.Override, AccessOutcome.Granted);

        var verdict = RuleCombiner.Combine([Rule("p", RuleEffect.Permit, AccessOutcome.NegotiationRequired), @override], Denied);

        verdict.Severity.Should().Be((int)AccessOutcome.Granted);
        verdict.Deciding.Should().Equal(@override);
    }

    [Fact]
    public void Among_permits_the_most_restrictive_outcome_stands_with_every_rule_that_gave_it()
    {
        var apply1 = Rule("a1", RuleEffect.Permit, AccessOutcome.ApplicationRequired);
        var apply2 = Rule("a2", RuleEffect.Permit, AccessOutcome.ApplicationRequired);

        var verdict = RuleCombiner.Combine([Rule("g", RuleEffect.Permit, AccessOutcome.Granted), apply1, apply2], Denied);

        verdict.Severity.Should().Be((int)AccessOutcome.ApplicationRequired);
        verdict.Deciding.Should().Equal(apply1, apply2);
    }

    private static PolicyRule Rule(string id, RuleEffect effect, AccessOutcome outcome) => new(
        id, PolicyQuestions.Access, [Instrument.Measures2016.Paragraph(12, 1)], "true", effect, outcome,
        new BilingualText("理由", "reason"), [], new RuleSource("test.yaml", 1, 1));
}

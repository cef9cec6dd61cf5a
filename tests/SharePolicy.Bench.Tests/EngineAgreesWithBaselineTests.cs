using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Bench.Tests;

/// <summary>
/// The benchmarks' ratio compares like with like only if the hand-written baseline decides as the default rule set
/// does: every item's outcome and deciding rules, the request's outcome and the reply deadline.
/// </summary>
public class EngineAgreesWithBaselineTests
{
    [Fact]
    public void Every_request_of_the_mix_gets_the_baselines_outcomes_rules_and_deadline()
    {
        var disagreements = RequestMix.Generate(10_000)
            .Select(c => (Case: c, Engine: Deciders.Engine.DecideAccess(c.Request, c.Entry), Baseline: Deciders.Baseline.Decide(c.Request, c.Entry)))
            .Where(d => d.Engine.Outcome != d.Baseline.Outcome
                || !d.Engine.Items.SequenceEqual(d.Baseline.Items)
                || ReplyDue(d.Engine) != d.Baseline.ReplyDue)
            .Select(d => d.Case.Entry.ResourceCode)
            .ToArray();

        disagreements.Should().BeEmpty();
    }

    [Fact]
    public void The_mix_reaches_every_outcome_and_every_access_rule()
    {
        var decisions = RequestMix.Generate(10_000).Select(c => Deciders.Baseline.Decide(c.Request, c.Entry)).ToArray();

        // Every outcome of the Measures and of the Regulations, whose rule sets decide the mix.
        decisions.Select(d => d.Outcome).Distinct().Order().Should().Equal(Enum.GetValues<AccessOutcome>());
        decisions.SelectMany(d => d.Items).SelectMany(i => i.DecidingRules).Distinct().Order(StringComparer.Ordinal).Should().Equal(
            "access.conditional.apply",
            "access.method-not-offered",
            "access.not-shared.negotiate",
            "access.requester-not-government-body",
            "access.unconditional.take-directly",
            "base-resource.base-item.unconditional",
            "base-resource.business-item.conditional",
            "base-resource.business-item.not-shared",
            "carry-over.base-item.unconditional",
            "network.classified.not-on-external-platform",
            "purpose.required",
            "r2025.access.basis-required",
            "r2025.access.conditional.reply-in-10",
            "r2025.access.entry-not-published",
            "r2025.access.not-shared",
            "r2025.access.outside-integrated-system",
            "r2025.access.period-required",
            "r2025.access.purpose-required",
            "r2025.access.requester-not-government-body",
            "r2025.access.scope-required",
            "r2025.access.secret-out-of-scope",
            "r2025.access.unconditional.reply-in-1",
            "r2025.access.unit-head-approval-required");
    }

    private static NodaTime.LocalDate? ReplyDue(AccessDecision decision) =>
        decision.Obligations.SingleOrDefault(o => o.Kind == ObligationKind.ProviderReply)?.Deadline?.DueDate;
}

using SharePolicy.Questions;

namespace SharePolicy.Bench.Tests;

/// <summary>Whether two access decisions say the same thing, field by field (the decision classes have no value equality).</summary>
internal static class SameDecision
{
    public static bool As(this AccessDecision decision, AccessDecision other) =>
        decision.Outcome == other.Outcome
        && decision.Items.SequenceEqual(other.Items)
        && decision.Obligations.SequenceEqual(other.Obligations)
        && decision.Reasons.SequenceEqual(other.Reasons)
        && decision.Articles.SequenceEqual(other.Articles)
        && decision.FiredRules.SequenceEqual(other.FiredRules)
        && decision.DecidedAt == other.DecidedAt;
}

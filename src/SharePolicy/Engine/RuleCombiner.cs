using SharePolicy.Rules;

namespace SharePolicy.Engine;

/// <summary>
/// Combines the rules that fired on one fact (docs/combining.md): forbid beats override beats permit;
/// within a tier the most restrictive outcome stands; when nothing fired the answer is the deny outcome.
/// </summary>
internal static class RuleCombiner
{
    public static Verdict Combine(IReadOnlyList<PolicyRule> fired, int denySeverity)
    {
        foreach (var tier in (ReadOnlySpan<RuleEffect>)[RuleEffect.Forbid, RuleEffect.Override, RuleEffect.Permit])
        {
            var severity = -1;
            foreach (var rule in fired)
            {
                if (rule.Effect == tier && rule.Severity > severity)
                {
                    severity = rule.Severity;
                }
            }

            if (severity >= 0)
            {
                return new Verdict(severity, fired.Where(rule => rule.Effect == tier && rule.Severity == severity).ToArray());
            }
        }

        return new Verdict(denySeverity, []);
    }
}

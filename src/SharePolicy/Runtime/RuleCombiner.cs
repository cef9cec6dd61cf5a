using SharePolicy.Questions;
using SharePolicy.Rules;

namespace SharePolicy.Runtime;

/// <summary>
/// Combines the rules that fired on one fact (docs/combining.md): forbid beats override beats permit; within a tier
/// the most restrictive outcome stands; when nothing fired the answer is the deny outcome. A Require rule never
/// changes the outcome: it joins the deciding rules, with its obligations, when the outcome is the one it names.
/// </summary>
internal static class RuleCombiner
{
    public static FactVerdict Combine(IReadOnlyList<PolicyRule> fired, int denySeverity)
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
                var deciding = new List<PolicyRule>(2);
                foreach (var rule in fired)
                {
                    if ((rule.Effect == tier || rule.Effect == RuleEffect.Require) && rule.Severity == severity)
                    {
                        deciding.Add(rule);
                    }
                }

                return new FactVerdict(severity, deciding);
            }
        }

        return new FactVerdict(denySeverity, []);
    }
}

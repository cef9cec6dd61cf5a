using SharePolicy.Rules;

namespace SharePolicy.Engine;

/// <summary>What firing a question's rules on its facts gave: each fact's verdict, and what the decision reports.</summary>
/// <param name="Verdicts">Each fact's verdict, in the order the facts were given.</param>
/// <param name="Severity">The most restrictive verdict's rank.</param>
/// <param name="Reasons">The deciding rules' reasons, in rule-set order, plus "no rule applies" when a fact had none.</param>
/// <param name="Obligations">The deciding rules' obligations, with their deadlines.</param>
/// <param name="FiredRules">Every rule that fired, in rule-set order.</param>
internal sealed record RuleRun(
    IReadOnlyList<Verdict> Verdicts,
    int Severity,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<Obligation> Obligations,
    IReadOnlyList<string> FiredRules);

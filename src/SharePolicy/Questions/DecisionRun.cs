using NodaTime;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// What the decision pipeline hands a question to make its decision from: each fact's verdict, the most restrictive
/// one, the deciding rules' reasons and obligations, every rule that fired, the rule sets that decided and the day
/// that chose them. The same for every question; the question adds what is its own (an access decision's items).
/// </summary>
internal sealed record DecisionRun(
    IReadOnlyList<FactVerdict> Verdicts,
    int Severity,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<Obligation> Obligations,
    IReadOnlyList<string> FiredRules,
    IReadOnlyList<RuleSetStamp> RuleSets,
    LocalDate AsOf,
    Instant DecidedAt);

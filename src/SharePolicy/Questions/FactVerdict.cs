using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>The combined result of the rules that fired on one fact: its outcome rank and the rules that decided it.</summary>
/// <param name="Severity">The outcome's rank; higher is more restrictive.</param>
/// <param name="Deciding">The rules whose outcome stands; empty when no rule applied (or the fact failed closed).</param>
internal readonly record struct FactVerdict(int Severity, IReadOnlyList<PolicyRule> Deciding);

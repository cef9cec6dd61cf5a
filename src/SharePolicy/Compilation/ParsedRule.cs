using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>A rule read from its file, with where its condition is written, before the condition is compiled.</summary>
internal sealed record ParsedRule(PolicyRule Rule, RuleSource ConditionSource);

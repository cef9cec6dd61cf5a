using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>A rule read from its file, with where each character of its condition is written, before the condition is compiled.</summary>
internal sealed record ParsedRule(PolicyRule Rule, ScalarPositions Condition);

/// <summary>A named list of texts read from a rule file, for conditions to use by name.</summary>
internal sealed record ParsedList(string Name, IReadOnlyList<string> Values, RuleSource Source);

/// <summary>What one rule file holds: rules and named lists.</summary>
internal sealed record ParsedFile(IReadOnlyList<ParsedRule> Rules, IReadOnlyList<ParsedList> Lists)
{
    public static ParsedFile Empty { get; } = new([], []);
}

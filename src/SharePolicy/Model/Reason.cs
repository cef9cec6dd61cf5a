namespace SharePolicy.Model;

/// <summary>Why a decision came out as it did: the text of one rule that decided it, and what that rule cites.</summary>
/// <param name="RuleId">The id of the rule, or <see cref="NoRuleApplies"/>.</param>
/// <param name="Text">The reason in zh-Hans and English.</param>
/// <param name="Articles">The articles the rule cites; empty for <see cref="NoRuleApplies"/>.</param>
public sealed record Reason(string RuleId, BilingualText Text, IReadOnlyList<ArticleReference> Articles)
{
    /// <summary>The rule id reported when no rule applied and the decision fell back to Denied.</summary>
    public const string NoRuleApplies = "no-rule-applies";

    /// <summary>The rule id reported when a rule's condition failed while it ran and the decision failed closed.</summary>
    public const string RuleFailed = "rule-failed";

    /// <summary>Equal when every field is, comparing <see cref="Articles"/> element by element.</summary>
    public bool Equals(Reason? other) =>
        other is not null && RuleId == other.RuleId && Text == other.Text && Articles.SequenceEqual(other.Articles);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RuleId, Text, Articles.Count);
}

using SharePolicy.Instruments;
using SharePolicy.Model;

namespace SharePolicy.Rules;

/// <summary>Why a decision came out as it did: the text of one rule that decided it, and what that rule cites.</summary>
/// <param name="RuleId">The id of the rule, or <see cref="NoRuleApplies"/>.</param>
/// <param name="Text">The reason in zh-Hans and English.</param>
/// <param name="Articles">The articles the rule cites; empty for <see cref="NoRuleApplies"/>.</param>
/// <exception cref="ArgumentNullException">A value is null.</exception>
public sealed record Reason(string RuleId, BilingualText Text, IReadOnlyList<Citation> Articles)
{
    /// <summary>The id of the rule, or <see cref="NoRuleApplies"/>.</summary>
    public string RuleId { get; init => field = value ?? throw new ArgumentNullException(nameof(RuleId)); } = RuleId ?? throw new ArgumentNullException(nameof(RuleId));

    /// <summary>The reason in zh-Hans and English.</summary>
    public BilingualText Text { get; init => field = value ?? throw new ArgumentNullException(nameof(Text)); } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>The articles the rule cites; empty for <see cref="NoRuleApplies"/>.</summary>
    public IReadOnlyList<Citation> Articles { get; init => field = value ?? throw new ArgumentNullException(nameof(Articles)); } = Articles ?? throw new ArgumentNullException(nameof(Articles));

    /// <summary>The rule id reported when no rule applied and the decision fell back to Denied.</summary>
    public const string NoRuleApplies = "no-rule-applies";

    /// <summary>The rule id reported when a rule's condition failed while it ran and the decision failed closed.</summary>
    public const string RuleFailed = "rule-failed";

    /// <summary>
    /// The rule id reported when a rule's condition could not be evaluated within the decision's work budget and the
    /// decision failed closed; the reason's text names the rule.
    /// </summary>
    public const string RuleOverBudget = "rule-over-budget";

    /// <summary>
    /// The rule id reported when a deadline of the decision counts days of a year whose holiday notice is not loaded
    /// (<see cref="Deadline.IsProvisional"/>), or a reply's timeliness against one cannot be said; the text names the year.
    /// </summary>
    public const string ProvisionalDeadline = "provisional-deadline";

    /// <summary>
    /// The rule id reported when no rule set is in force for the day of the question's event in the decision's place
    /// (before the earliest instrument took effect, say), and the decision took the most restrictive outcome.
    /// </summary>
    public const string NoRuleSetInForce = "no-rule-set-in-force";

    /// <summary>
    /// The rule id reported when an access request names a resource the host's catalog does not list: the catalog is
    /// the basis of sharing between departments (Art. 8 ¶2 of the Measures), so nothing can be granted from it.
    /// </summary>
    public const string NotInCatalog = "not-in-catalog";

    /// <summary>Equal when every field is, comparing <see cref="Articles"/> element by element.</summary>
    public bool Equals(Reason? other) =>
        other is not null && RuleId == other.RuleId && Text == other.Text && Articles.SequenceEqual(other.Articles);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RuleId, Text, Articles.Count);
}

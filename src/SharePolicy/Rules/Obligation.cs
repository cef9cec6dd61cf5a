using SharePolicy.Instruments;
using SharePolicy.Model;

namespace SharePolicy.Rules;

/// <summary>An obligation a decision places on the requester or the provider.</summary>
/// <param name="Kind">What must be done.</param>
/// <param name="Text">The obligation in zh-Hans and English.</param>
/// <param name="RuleId">The rule that imposed it.</param>
/// <param name="Articles">The articles it rests on.</param>
/// <param name="Deadline">When it falls due; null when the rule sets no deadline.</param>
/// <exception cref="ArgumentNullException">A value other than the deadline is null.</exception>
public sealed record Obligation(ObligationKind Kind, BilingualText Text, string RuleId, IReadOnlyList<Citation> Articles, Deadline? Deadline = null)
{
    /// <summary>The obligation in zh-Hans and English.</summary>
    public BilingualText Text { get; init => field = value ?? throw new ArgumentNullException(nameof(Text)); } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>The rule that imposed it.</summary>
    public string RuleId { get; init => field = value ?? throw new ArgumentNullException(nameof(RuleId)); } = RuleId ?? throw new ArgumentNullException(nameof(RuleId));

    /// <summary>The articles it rests on.</summary>
    public IReadOnlyList<Citation> Articles { get; init => field = value ?? throw new ArgumentNullException(nameof(Articles)); } = Articles ?? throw new ArgumentNullException(nameof(Articles));

    /// <summary>Equal when every field is, comparing <see cref="Articles"/> element by element.</summary>
    public bool Equals(Obligation? other) =>
        other is not null && Kind == other.Kind && Text == other.Text && RuleId == other.RuleId && Articles.SequenceEqual(other.Articles)
        && Deadline == other.Deadline;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Text, RuleId, Articles.Count, Deadline);
}

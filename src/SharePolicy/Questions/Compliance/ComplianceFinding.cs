using SharePolicy.Instruments;
using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>One breach a compliance review found, and the facts behind it.</summary>
/// <param name="Articles">What it breaches: one of Art. 24(1)–(5), and the articles the duty comes from.</param>
/// <param name="RuleId">The rule that found it.</param>
/// <param name="Text">The finding in zh-Hans and English.</param>
/// <param name="Evidence">The record entry it rests on, described.</param>
/// <exception cref="ArgumentNullException">A value is null.</exception>
public sealed record ComplianceFinding(IReadOnlyList<Citation> Articles, string RuleId, BilingualText Text, string Evidence)
{
    /// <summary>What it breaches: one of Art. 24(1)–(5), and the articles the duty comes from.</summary>
    public IReadOnlyList<Citation> Articles { get; init => field = value ?? throw new ArgumentNullException(nameof(Articles)); } = Articles ?? throw new ArgumentNullException(nameof(Articles));

    /// <summary>The rule that found it.</summary>
    public string RuleId { get; init => field = value ?? throw new ArgumentNullException(nameof(RuleId)); } = RuleId ?? throw new ArgumentNullException(nameof(RuleId));

    /// <summary>The finding in zh-Hans and English.</summary>
    public BilingualText Text { get; init => field = value ?? throw new ArgumentNullException(nameof(Text)); } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>The record entry it rests on, described.</summary>
    public string Evidence { get; init => field = value ?? throw new ArgumentNullException(nameof(Evidence)); } = Evidence ?? throw new ArgumentNullException(nameof(Evidence));

    /// <summary>Equal when every field is, comparing <see cref="Articles"/> element by element.</summary>
    public bool Equals(ComplianceFinding? other) =>
        other is not null && RuleId == other.RuleId && Text == other.Text && Evidence == other.Evidence && Articles.SequenceEqual(other.Articles);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RuleId, Text, Evidence, Articles.Count);
}

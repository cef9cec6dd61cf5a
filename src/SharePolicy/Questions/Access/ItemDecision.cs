namespace SharePolicy.Questions;

/// <summary>The outcome for one requested item of a resource.</summary>
/// <param name="ItemCode">The item's code.</param>
/// <param name="Outcome">The outcome for this item.</param>
/// <param name="DecidingRules">The rules that decided it; empty when no rule applied.</param>
/// <exception cref="ArgumentNullException">A value is null.</exception>
public sealed record ItemDecision(string ItemCode, AccessOutcome Outcome, IReadOnlyList<string> DecidingRules)
{
    /// <summary>The item's code.</summary>
    public string ItemCode { get; init => field = value ?? throw new ArgumentNullException(nameof(ItemCode)); } = ItemCode ?? throw new ArgumentNullException(nameof(ItemCode));

    /// <summary>The rules that decided it; empty when no rule applied.</summary>
    public IReadOnlyList<string> DecidingRules { get; init => field = value ?? throw new ArgumentNullException(nameof(DecidingRules)); } = DecidingRules ?? throw new ArgumentNullException(nameof(DecidingRules));

    /// <summary>Equal when every field is, comparing <see cref="DecidingRules"/> element by element.</summary>
    public bool Equals(ItemDecision? other) =>
        other is not null && ItemCode == other.ItemCode && Outcome == other.Outcome && DecidingRules.SequenceEqual(other.DecidingRules);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ItemCode, Outcome, DecidingRules.Count);
}

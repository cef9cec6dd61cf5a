using SharePolicy.Model;

namespace SharePolicy.Rules;

/// <summary>An obligation as a rule file states it: what must be done, its text, and how it falls due.</summary>
/// <param name="Kind">What must be done.</param>
/// <param name="Text">The obligation in zh-Hans and English.</param>
/// <param name="Deadline">How it falls due; null when it has no deadline.</param>
/// <exception cref="ArgumentNullException">The text is null.</exception>
public sealed record ObligationRule(ObligationKind Kind, BilingualText Text, DeadlineRule? Deadline)
{
    /// <summary>The obligation in zh-Hans and English.</summary>
    public BilingualText Text { get; init => field = value ?? throw new ArgumentNullException(nameof(Text)); } = Text ?? throw new ArgumentNullException(nameof(Text));
}

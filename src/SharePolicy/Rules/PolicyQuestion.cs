namespace SharePolicy.Rules;

/// <summary>
/// A question the policy answers, as the rule model sees it. A rule file names its question; that fixes what the
/// rules' conditions see (<see cref="FactType"/>) and which outcomes they may give (<see cref="OutcomeType"/>). Every
/// question is registered once, in the registry of questions (<c>PolicyQuestions</c>), which rule and scenario files name them from.
/// </summary>
public abstract class PolicyQuestion
{
    private protected PolicyQuestion(string name, Type factType, Type outcomeType, Enum failClosedOutcome, bool hasDeadlines, bool allowsLocalProhibitions)
    {
        Name = name;
        FactType = factType;
        OutcomeType = outcomeType;
        FailClosedOutcome = failClosedOutcome;
        FailClosedSeverity = Convert.ToInt32(failClosedOutcome, System.Globalization.CultureInfo.InvariantCulture);
        HasDeadlines = hasDeadlines;
        AllowsLocalProhibitions = allowsLocalProhibitions;
    }

    /// <summary>The name rule and scenario files use, e.g. <c>access</c>.</summary>
    public string Name { get; }

    /// <summary>The type of the facts a condition sees.</summary>
    public Type FactType { get; }

    /// <summary>The enum of this question's outcomes, ordered from least to most restrictive.</summary>
    public Type OutcomeType { get; }

    /// <summary>The most restrictive outcome: that of a prohibition, and of a question no rule answers (fail closed).</summary>
    public Enum FailClosedOutcome { get; }

    /// <summary>True when this question's obligations may carry deadlines (its facts have a day to count from).</summary>
    public bool HasDeadlines { get; }

    /// <summary>
    /// True when an overlay (a province's or city's rule set) may add prohibitions of its own to this question: a
    /// stricter local ban on a use applies within its jurisdiction. For every other question the national rules are a
    /// ceiling on restrictions, and an overlay only adds obligations (docs/rule-sets.md).
    /// </summary>
    public bool AllowsLocalProhibitions { get; }

    internal int FailClosedSeverity { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

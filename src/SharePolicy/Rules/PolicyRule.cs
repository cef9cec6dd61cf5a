using SharePolicy.Instruments;
using SharePolicy.Model;

namespace SharePolicy.Rules;

/// <summary>One rule of a rule set, as its rule file states it.</summary>
public sealed class PolicyRule
{
    internal PolicyRule(
        string id,
        PolicyQuestion question,
        IReadOnlyList<Citation> articles,
        string condition,
        RuleEffect effect,
        Enum outcome,
        BilingualText reason,
        IReadOnlyList<ObligationRule> obligations,
        RuleSource source)
    {
        // Read-only wrappers: a decision hands these lists to callers, and the rule set is shared by every decision.
        Id = id;
        Question = question;
        Articles = Array.AsReadOnly(articles.ToArray());
        Condition = condition;
        Effect = effect;
        Outcome = outcome;
        Severity = Convert.ToInt32(outcome, System.Globalization.CultureInfo.InvariantCulture);
        Reason = new Reason(id, reason, Articles);
        Obligations = Array.AsReadOnly(obligations.ToArray());
        Source = source;
    }

    /// <summary>The rule's stable id, unique in its rule set.</summary>
    public string Id { get; }

    /// <summary>The question the rule answers.</summary>
    public PolicyQuestion Question { get; }

    /// <summary>The articles the rule rests on; at least one.</summary>
    public IReadOnlyList<Citation> Articles { get; }

    /// <summary>The condition, as written in the rule file.</summary>
    public string Condition { get; }

    /// <summary>How the rule's outcome combines with other rules'.</summary>
    public RuleEffect Effect { get; }

    /// <summary>The outcome the rule gives, a value of the question's outcome enum.</summary>
    public Enum Outcome { get; }

    // The outcome's rank among its question's outcomes: higher is more restrictive.
    internal int Severity { get; }

    /// <summary>The reason a decision reports when this rule decides it.</summary>
    public Reason Reason { get; }

    /// <summary>The obligations the rule imposes when it decides.</summary>
    public IReadOnlyList<ObligationRule> Obligations { get; }

    /// <summary>Where the rule is written.</summary>
    public RuleSource Source { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Source})";
}

/// <summary>Where something is written in a rule file: the file and the 1-based line and column.</summary>
/// <param name="File">The file's path or name.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <exception cref="ArgumentNullException">The file is null.</exception>
public sealed record RuleSource(string File, int Line, int Column)
{
    /// <summary>The file's path or name.</summary>
    public string File { get; init => field = value ?? throw new ArgumentNullException(nameof(File)); } = File ?? throw new ArgumentNullException(nameof(File));

    /// <summary><c>file:line:column</c>, as compilers write it.</summary>
    public override string ToString() => FormattableString.Invariant($"{File}:{Line}:{Column}");
}

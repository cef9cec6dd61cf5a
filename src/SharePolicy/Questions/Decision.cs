using NodaTime;
using SharePolicy.Instruments;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// A decision of the policy: the outcome, what it obliges, why, on which articles it rests,
/// and which rules fired on the way.
/// </summary>
/// <typeparam name="TOutcome">The outcomes this kind of decision can have.</typeparam>
public class Decision<TOutcome>
    where TOutcome : struct, Enum
{
    internal Decision(
        TOutcome outcome,
        IReadOnlyList<Obligation> obligations,
        IReadOnlyList<Reason> reasons,
        IReadOnlyList<string> firedRules,
        Instant decidedAt)
    {
        Outcome = outcome;
        Obligations = obligations;
        Reasons = reasons;
        Articles = ArticlesOf(reasons);
        FiredRules = firedRules;
        DecidedAt = decidedAt;
    }

    /// <summary>The outcome.</summary>
    public TOutcome Outcome { get; }

    /// <summary>What the decision obliges the parties to do.</summary>
    public IReadOnlyList<Obligation> Obligations { get; }

    /// <summary>The reasons of the rules that decided the outcome, in zh-Hans and English.</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>The articles the outcome rests on: those the deciding rules cite, in the Measures' order.</summary>
    public IReadOnlyList<Citation> Articles { get; }

    /// <summary>The ids of every rule that fired, deciding or overruled, in rule-set order.</summary>
    public IReadOnlyList<string> FiredRules { get; }

    /// <summary>When the decision was made, by the engine's clock.</summary>
    public Instant DecidedAt { get; }

    // A decision cites a handful of articles, so a list searched in place beats a set; every decision builds this.
    private static Citation[] ArticlesOf(IReadOnlyList<Reason> reasons)
    {
        var articles = new List<Citation>();
        foreach (var reason in reasons)
        {
            foreach (var article in reason.Articles)
            {
                if (!articles.Contains(article))
                {
                    articles.Add(article);
                }
            }
        }

        articles.Sort();
        return [.. articles];
    }
}

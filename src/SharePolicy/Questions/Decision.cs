using System.Text.Json.Serialization;
using NodaTime;
using SharePolicy.Instruments;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// A decision of the policy, whatever the question: what it obliges, why, on which articles of which instruments it
/// rests, which rules fired, and, as evidence, the rule sets that made it and the day that chose them.
/// <see cref="Decision{TOutcome}"/> adds the outcome.
/// </summary>
public abstract class Decision
{
    private protected Decision(DecisionRun run)
    {
        Obligations = run.Obligations;
        Reasons = run.Reasons;
        Articles = ArticlesOf(run.Reasons);
        FiredRules = run.FiredRules;
        DecidedAt = run.DecidedAt;
        RuleSets = run.RuleSets;
        AsOf = run.AsOf;
        Readings = run.Readings;
    }

    /// <summary>The outcome's name, e.g. <c>ApplicationRequired</c>, whatever the question.</summary>
    [JsonIgnore]
    public abstract string OutcomeName { get; }

    /// <summary>What the decision obliges the parties to do.</summary>
    public IReadOnlyList<Obligation> Obligations { get; }

    /// <summary>The reasons of the rules that decided the outcome, in zh-Hans and English.</summary>
    public IReadOnlyList<Reason> Reasons { get; }

    /// <summary>The articles the outcome rests on: those the deciding rules cite, the higher instrument first, each in its text's order.</summary>
    public IReadOnlyList<Citation> Articles { get; }

    /// <summary>The ids of every rule that fired, deciding or overruled, in rule-set order.</summary>
    public IReadOnlyList<string> FiredRules { get; }

    /// <summary>When the decision was made, by the engine's clock.</summary>
    public Instant DecidedAt { get; }

    /// <summary>The rule sets that decided, national first, each with its version and content hash; empty when none was in force.</summary>
    public IReadOnlyList<RuleSetStamp> RuleSets { get; }

    /// <summary>The day, in the engine's time zone, of the event the question is about, which chose the rule sets in force.</summary>
    public LocalDate AsOf { get; }

    /// <summary>
    /// How the law was read where it is open (docs/rule-sets.md, "Open readings"): with <see cref="RuleSets"/> and
    /// <see cref="AsOf"/>, what the decision is replayed with.
    /// </summary>
    public LegalReadings Readings { get; }

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

using NodaTime;
using SharePolicy.Questions.Binding;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// A question as one unit: what it is asked about (<typeparamref name="TInput"/>), the facts its rules see, its
/// outcomes, the checks of its input, the day of its event (which chooses the rule sets in force), how scenario and
/// request files state it, and the decision it gives (<typeparamref name="TDecision"/>). Each question is a folder of
/// <c>Questions/</c> and one line of <see cref="PolicyQuestions"/>; the decision pipeline is the same for all.
/// </summary>
/// <typeparam name="TInput">What the question is asked about, e.g. a request and its catalog entry.</typeparam>
/// <typeparam name="TDecision">The decision it gives.</typeparam>
public abstract class PolicyQuestion<TInput, TDecision> : PolicyQuestion, IBoundQuestion
    where TInput : notnull
    where TDecision : Decision
{
    private protected PolicyQuestion(string name, Type factType, Type outcomeType, Enum failClosedOutcome, bool hasDeadlines = false, bool allowsLocalProhibitions = false)
        : base(name, factType, outcomeType, failClosedOutcome, hasDeadlines, allowsLocalProhibitions)
    {
    }

    /// <summary>The day of the event the question is about, in the context's time zone: its rule sets are those in force that day.</summary>
    internal abstract LocalDate EventDate(TInput input, QuestionContext context);

    /// <summary>The facts the rules see, after checking that the input fits together.</summary>
    /// <exception cref="ArgumentException">The input does not fit together, e.g. an item the entry does not have.</exception>
    internal abstract RuleFacts[] Facts(TInput input, QuestionContext context);

    /// <summary>
    /// Why the input cannot be decided by any rule, e.g. a request for a resource the catalog does not list; null when
    /// it can. A decision refused this way takes the most restrictive outcome with this reason alone.
    /// </summary>
    internal virtual Reason? Refusal(TInput input) => null;

    /// <summary>The decision, from the facts and what firing the rules on them gave.</summary>
    internal abstract TDecision Decide(TInput input, RuleFacts[] facts, DecisionRun run, QuestionContext context);

    /// <summary>Reads the input from a scenario's <c>given</c> (or a request file), with the time its facts state, if any.</summary>
    /// <returns>The input and its time; null when the reader reported an error.</returns>
    internal abstract (TInput Input, Instant? Time)? Bind(GivenReader given);

    Decision IBoundQuestion.Decide(IPolicyDecider decider, object input, string? jurisdiction) => decider.Decide(this, (TInput)input, jurisdiction);

    (object Input, Instant? Time)? IBoundQuestion.Bind(GivenReader given) => Bind(given) is var (input, time) ? (input, time) : null;
}

using NodaTime;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// A question whose input makes one fact and whose decision is its outcome alone, as most questions are. Unless the
/// question says otherwise its event is its being asked: the rule sets are those in force on the day of the decision.
/// </summary>
/// <typeparam name="TInput">What the question is asked about.</typeparam>
/// <typeparam name="TOutcome">Its outcomes, from least to most restrictive.</typeparam>
public abstract class OneFactQuestion<TInput, TOutcome> : PolicyQuestion<TInput, Decision<TOutcome>>
    where TInput : notnull
    where TOutcome : struct, Enum
{
    private protected OneFactQuestion(string name, Type factType, TOutcome failClosedOutcome, bool hasDeadlines = false, bool allowsLocalProhibitions = false)
        : base(name, factType, typeof(TOutcome), failClosedOutcome, hasDeadlines, allowsLocalProhibitions)
    {
    }

    /// <summary>The one fact the rules see, after checking the input.</summary>
    internal abstract RuleFacts Fact(TInput input, QuestionContext context);

    internal override LocalDate EventDate(TInput input, QuestionContext context) => context.Today;

    internal sealed override RuleFacts[] Facts(TInput input, QuestionContext context) => [Fact(input, context)];

    internal sealed override Decision<TOutcome> Decide(TInput input, RuleFacts[] facts, DecisionRun run, QuestionContext context) =>
        new((TOutcome)Enum.ToObject(typeof(TOutcome), run.Severity), run);
}

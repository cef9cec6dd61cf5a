namespace SharePolicy.Questions;

/// <summary>A decision with its outcome: one of the question's outcomes, the most restrictive its facts came to.</summary>
/// <typeparam name="TOutcome">The outcomes this kind of decision can have.</typeparam>
public class Decision<TOutcome> : Decision
    where TOutcome : struct, Enum
{
    internal Decision(TOutcome outcome, DecisionRun run)
        : base(run)
    {
        Outcome = outcome;
    }

    /// <summary>The outcome.</summary>
    public TOutcome Outcome { get; }

    /// <inheritdoc/>
    public override string OutcomeName => Outcome.ToString();
}

namespace SharePolicy.Questions;

/// <summary>
/// The answer to an access request: may the requester take the resource, and how (Art. 12 ¶1).
/// The outcome is the most restrictive of the requested items' outcomes.
/// </summary>
public sealed class AccessDecision : Decision<AccessOutcome>
{
    internal AccessDecision(AccessOutcome outcome, IReadOnlyList<ItemDecision> items, DecisionRun run)
        : base(outcome, run)
    {
        Items = items;
    }

    /// <summary>The outcome for each requested item, in the order the catalog lists them.</summary>
    public IReadOnlyList<ItemDecision> Items { get; }
}

namespace SharePolicy.Questions;

/// <summary>
/// The answer to an access request: may the requester take the resource, and how (Art. 12 ¶1).
/// The outcome is the most restrictive of the requested items' outcomes.
/// </summary>
public sealed class AccessDecision : Decision<AccessOutcome>
{
    internal AccessDecision(AccessOutcome outcome, IReadOnlyList<ItemDecision> items, ShareGrant? grant, DecisionRun run)
        : base(outcome, run)
    {
        Items = items;
        Grant = grant;
    }

    /// <summary>The outcome for each requested item, in the order the catalog lists them.</summary>
    public IReadOnlyList<ItemDecision> Items { get; }

    /// <summary>
    /// What the requester may take directly (Art. 12 ¶2): the items Granted, the purpose they are for and the share
    /// method; null when no item is Granted. Pass it to <c>DecideUse</c> to judge a later use of the data.
    /// </summary>
    public ShareGrant? Grant { get; }
}

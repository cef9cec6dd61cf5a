using SharePolicy.Model;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// What a reply-review rule's condition sees (Art. 12): the application, the entry, the provider's reply and
/// whether it came in time for the deadline the access rules set.
/// </summary>
public sealed class ReplyReviewFacts : RuleFacts
{
    internal ReplyReviewFacts(AccessRequest request, CatalogEntry entry, ProviderReply reply, AccessOutcome access, DeadlineStatus? timeliness)
    {
        Request = request;
        Entry = entry;
        Reply = reply;
        Access = access;
        Timeliness = timeliness;
    }

    /// <summary>The application replied to.</summary>
    public AccessRequest Request { get; }

    /// <summary>The catalog entry of the resource applied for.</summary>
    public CatalogEntry Entry { get; }

    /// <summary>The reply.</summary>
    public ProviderReply Reply { get; }

    /// <summary>What the access rules decide for the application; a reply is owed for ApplicationRequired.</summary>
    public AccessOutcome Access { get; }

    /// <summary>Met or Late against the reply deadline of the access decision; null when that decision sets none.</summary>
    public DeadlineStatus? Timeliness { get; }

    // The reply deadline Timeliness is measured against, for the reason a provisional one gives.
    internal Deadline? Due { get; init; }
}

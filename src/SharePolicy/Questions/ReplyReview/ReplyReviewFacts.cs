using SharePolicy.Model;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>
/// What a reply-review rule's condition sees (Art. 12): one item of the application, what the applicant was told for
/// it, the provider's reply and whether it came in time for the deadline the access rules set. Each requested item is
/// reviewed by its own share type, so a reply to an application that also names Unconditional or NotShared items is
/// judged on its Conditional ones.
/// </summary>
public sealed class ReplyReviewFacts : RuleFacts
{
    // What concerns the whole application (whether it awaits a reply, the reply's scope) is worked out once by the
    // question and handed to each item's fact, so that a review stays linear in the number of items.
    internal ReplyReviewFacts(AccessRequest request, CatalogEntry entry, ProviderReply reply, AccessOutcome access, CatalogItem item, AccessOutcome itemAccess,
        bool applicationAwaitsReply, bool grantedInReply, DeadlineStatus? timeliness)
    {
        Request = request;
        Entry = entry;
        Reply = reply;
        Access = access;
        Item = item;
        ItemAccess = itemAccess;
        ApplicationAwaitsReply = applicationAwaitsReply;
        GrantedInReply = grantedInReply;
        Timeliness = timeliness;
    }

    /// <summary>The application replied to.</summary>
    public AccessRequest Request { get; }

    /// <summary>The catalog entry of the resource applied for.</summary>
    public CatalogEntry Entry { get; }

    /// <summary>The reply.</summary>
    public ProviderReply Reply { get; }

    /// <summary>What the access rules decided for the application as a whole: the most restrictive of its items.</summary>
    public AccessOutcome Access { get; }

    /// <summary>The item of the application this fact is about.</summary>
    public CatalogItem Item { get; }

    /// <summary>What the access rules decided for this item; the reply answers the items that are ApplicationRequired.</summary>
    public AccessOutcome ItemAccess { get; }

    /// <summary>True when some item of the application is ApplicationRequired, so that a reply is owed at all.</summary>
    public bool ApplicationAwaitsReply { get; }

    /// <summary>
    /// True when the reply grants this item: it approves, and its scope names the item. An item it does not grant is
    /// refused (an approval that names no scope grants nothing), and a refusal states its reasons.
    /// </summary>
    public bool GrantedInReply { get; }

    /// <summary>Met or Late against the reply deadline of the access decision; null when that decision sets none.</summary>
    public DeadlineStatus? Timeliness { get; }

    /// <summary>
    /// Met or Late against the reply deadline extended by <see cref="ProviderReply.Extension"/>'s days; null when the reply
    /// came within the deadline told, names no extension, or the decision sets no deadline. Whether the extension stands
    /// is for the rules to say.
    /// </summary>
    public DeadlineStatus? ExtendedTimeliness { get; init; }

    /// <summary>
    /// True when the deadline the applicant was told may be extended (its rule allows it, Regulations Art. 21 ¶1), or
    /// when it could not be but the host reads the Regulations' extension as open to applications received before them
    /// (<see cref="LegalReadings.ExtensionForEarlierApplications"/>).
    /// </summary>
    public bool ExtensionAvailable { get; init; }

    /// <summary>
    /// By how many working days at most the deadline told may be extended (its rule's <c>extendableBy</c>); 0 when its rule
    /// allows none, as for an application received before the Regulations.
    /// </summary>
    public int ExtendableBy { get; init; }

    // The reply deadline Timeliness is measured against, and the one an extension makes of it, for the reason a
    // provisional one gives.
    internal Deadline? Due { get; init; }

    internal Deadline? ExtendedDue { get; init; }
}

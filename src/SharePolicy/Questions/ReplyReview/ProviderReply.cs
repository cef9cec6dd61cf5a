using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>A provider's reply to an application for Conditional data (Art. 12 ¶1, ¶2).</summary>
public sealed record ProviderReply
{
    /// <summary>Creates a reply.</summary>
    /// <param name="approved">True when the provider agrees to share, false when it refuses.</param>
    /// <param name="repliedAt">When the reply reached the platform.</param>
    public ProviderReply(bool approved, Instant repliedAt)
    {
        Approved = approved;
        RepliedAt = repliedAt;
    }

    /// <summary>True when the provider agrees to share, false when it refuses.</summary>
    public bool Approved { get; }

    /// <summary>When the reply reached the platform.</summary>
    public Instant RepliedAt { get; }

    /// <summary>Why a refusal refuses (Art. 12 ¶1: a refusal states its reasons); null when none is given.</summary>
    public string? RefusalReasons
    {
        get;
        init => field = Guard.OptionalText(value, nameof(RefusalReasons));
    }

    /// <summary>
    /// True when the reply refuses because the application's materials are incomplete. Under the Regulations the
    /// provider tells the requester once everything that is missing and may not refuse on that ground (Art. 21 ¶2).
    /// </summary>
    public bool RefusedForMissingMaterials { get; init; }

    /// <summary>
    /// True when the head of the provider's sharing unit agreed to the reply. Under the Regulations the provider replies
    /// "经本部门政务数据共享工作机构负责人同意后" (Art. 20 ¶3); the Measures ask no such agreement.
    /// </summary>
    public bool ApprovedByUnitHead { get; init; }

    /// <summary>
    /// Conditions the reply sets, or refuses on, beyond those the catalog entry lists; null when it sets none. The
    /// Regulations forbid hindering sharing by adding conditions (Art. 15 ¶1, a finding under Art. 39(2)).
    /// </summary>
    /// <exception cref="ArgumentException">The text has no visible character or is too long (<see cref="Model.ModelLimits"/>).</exception>
    public string? ExtraConditions
    {
        get;
        init => field = Model.Guard.OptionalText(value, nameof(ExtraConditions));
    }

    /// <summary>
    /// The extension of the reply period the provider relies on (Regulations Art. 21 ¶1); null when it has none. A reply
    /// within the period it was told needs none; one after it is in time only when the extension stands and it came
    /// within the extended period.
    /// </summary>
    public ReplyExtension? Extension { get; init; }

    /// <summary>The share scope an approval grants: codes of the items covered (Art. 12 ¶2); empty when none is stated.</summary>
    public IReadOnlyList<string> Scope
    {
        get;
        init => field = Guard.Codes(value, ModelLimits.MaxItemsPerEntry, nameof(Scope));
    } = [];

    /// <summary>The purpose of use an approval allows (Art. 12 ¶2); null when none is stated.</summary>
    public UsePurpose? PurposeOfUse
    {
        get;
        init => field = value is { } use ? Guard.Defined(use, nameof(PurposeOfUse)) : null;
    }

    /// <summary>How the data will be provided (Art. 12 ¶2); null when none is stated.</summary>
    public ShareMethod? Method
    {
        get;
        init => field = value is { } method ? Guard.Defined(method, nameof(Method)) : null;
    }
}

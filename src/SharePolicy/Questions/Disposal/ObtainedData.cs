using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Questions;

/// <summary>
/// Data a requester obtained through sharing, with where its purpose stands and how it has been used, at the time the
/// question is asked (Regulations Art. 27 ¶1–2).
/// </summary>
public sealed record ObtainedData
{
    /// <summary>Creates the case.</summary>
    /// <param name="requester">The department that obtained the data.</param>
    /// <param name="provider">The department that provided it.</param>
    /// <param name="resourceCode">The resource concerned.</param>
    /// <param name="purpose">Where the purpose it was shared for stands.</param>
    /// <param name="usedBeyondSharing">True when the requester used the data beyond the scope or purpose it was shared for, without the provider's consent.</param>
    /// <param name="givenToThirdParty">True when the requester gave the data to a third party without the provider's consent.</param>
    /// <param name="askedAt">When the question is asked: the rule sets in force that day decide.</param>
    /// <exception cref="ArgumentNullException">A department is null.</exception>
    /// <exception cref="ArgumentException">The code is not a code, or the purpose status is not defined.</exception>
    public ObtainedData(Department requester, Department provider, string resourceCode, SharingPurposeStatus purpose, bool usedBeyondSharing, bool givenToThirdParty, Instant askedAt)
    {
        Requester = requester ?? throw new ArgumentNullException(nameof(requester));
        Provider = provider ?? throw new ArgumentNullException(nameof(provider));
        ResourceCode = Guard.Code(resourceCode);
        Purpose = Guard.Defined(purpose);
        UsedBeyondSharing = usedBeyondSharing;
        GivenToThirdParty = givenToThirdParty;
        AskedAt = askedAt;
    }

    /// <summary>The department that obtained the data.</summary>
    public Department Requester { get; }

    /// <summary>The department that provided it.</summary>
    public Department Provider { get; }

    /// <summary>The resource concerned.</summary>
    public string ResourceCode { get; }

    /// <summary>Where the purpose it was shared for stands.</summary>
    public SharingPurposeStatus Purpose { get; }

    /// <summary>When the question is asked.</summary>
    public Instant AskedAt { get; }

    /// <summary>True when the requester used the data beyond the scope or purpose it was shared for, without the provider's consent (Art. 27 ¶2, 25 ¶1).</summary>
    public bool UsedBeyondSharing { get; }

    /// <summary>True when the requester gave the data to a third party without the provider's consent (Art. 27 ¶2, 25 ¶1).</summary>
    public bool GivenToThirdParty { get; }

    /// <summary>
    /// Where the rectification ordered after a misuse stands; <see cref="RectificationStatus.NotConcluded"/> unless it is
    /// over. Only a misuse is rectified: the question refuses one rectified or failed without a misuse.
    /// </summary>
    /// <exception cref="ArgumentException">The value is not defined, or the rectification is over though the data was not misused.</exception>
    public RectificationStatus Rectification
    {
        get;
        init => field = Guard.Defined(value, nameof(Rectification)) != RectificationStatus.NotConcluded && !(UsedBeyondSharing || GivenToThirdParty)
            ? throw new ArgumentException($"The rectification is {value}, but the data was neither used beyond its sharing nor given to a third party: only a misuse is rectified.", nameof(Rectification))
            : value;
    }
}

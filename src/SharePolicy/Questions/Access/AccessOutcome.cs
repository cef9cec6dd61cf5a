namespace SharePolicy.Questions;

/// <summary>
/// The answer to an access request. Values are ordered from least to most restrictive;
/// when outcomes are combined the most restrictive one stands.
/// </summary>
public enum AccessOutcome
{
    /// <summary>The requester takes the data directly from the sharing platform (Art. 12 ¶1, Unconditional).</summary>
    Granted,

    /// <summary>The requester applies to the provider through the platform; the provider replies (Art. 12 ¶1, Conditional).</summary>
    ApplicationRequired,

    /// <summary>
    /// The application lacks materials: the provider tells the requester once everything that is missing and does not
    /// refuse on that ground (Regulations Art. 21 ¶2).
    /// </summary>
    SupplementRequired,

    /// <summary>Requester and provider negotiate; failing that, the sharing authority coordinates (Art. 12 ¶1, NotShared).</summary>
    NegotiationRequired,

    /// <summary>
    /// The data is outside the instrument that decides: under the Regulations, data that is a state or work secret is not
    /// government data (Regulations Art. 3 ¶1), so it is not shared through government data sharing at all but as the
    /// secrecy laws provide. Never a grant; a refusal (<see cref="Denied"/>) still stands over it, as it does over every
    /// other outcome.
    /// </summary>
    OutOfScope,

    /// <summary>The request cannot be granted as made.</summary>
    Denied,
}

using SharePolicy.Model;
using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>What an escalation rule's condition sees (Art. 12 ¶1): the negotiation and its parties.</summary>
public sealed class EscalationFacts : RuleFacts
{
    internal EscalationFacts(SharingNegotiation negotiation)
    {
        Negotiation = negotiation;
    }

    /// <summary>The negotiation.</summary>
    public SharingNegotiation Negotiation { get; }

    /// <summary>The department that needs the data.</summary>
    public Department Requester => Negotiation.Requester;

    /// <summary>The department that holds it.</summary>
    public Department Provider => Negotiation.Provider;

    /// <summary>True when requester and provider are departments of one government: the same level and the same region code (同级).</summary>
    public bool SameGovernment => Requester.Level == Provider.Level && string.Equals(Requester.Region, Provider.Region, StringComparison.Ordinal);

    /// <summary>
    /// True when requester and provider serve regions of one province (the first two digits of their region codes
    /// agree): only then is there a sharing authority of a local government over both (docs/combining.md).
    /// </summary>
    public bool SameProvince => string.CompareOrdinal(Requester.Region, 0, Provider.Region, 0, 2) == 0;
}

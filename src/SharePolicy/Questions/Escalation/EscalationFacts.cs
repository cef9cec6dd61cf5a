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
}

using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>What a service-change rule's condition sees (Regulations Art. 27 ¶3): the provider's plan.</summary>
public sealed class ServiceChangeFacts : RuleFacts
{
    internal ServiceChangeFacts(ServiceChange change)
    {
        Change = change;
    }

    /// <summary>The provider's plan and how far it has gone.</summary>
    public ServiceChange Change { get; }
}

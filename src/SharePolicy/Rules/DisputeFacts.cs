using SharePolicy.Model;

namespace SharePolicy.Rules;

/// <summary>What a dispute rule's condition sees (Art. 15).</summary>
public sealed class DisputeFacts : RuleFacts
{
    internal DisputeFacts(DataDispute dispute)
    {
        Dispute = dispute;
    }

    /// <summary>The dispute.</summary>
    public DataDispute Dispute { get; }
}

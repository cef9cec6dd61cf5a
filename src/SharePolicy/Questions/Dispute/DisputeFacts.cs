using SharePolicy.Rules;

namespace SharePolicy.Questions;

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

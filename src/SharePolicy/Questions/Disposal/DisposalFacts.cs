using SharePolicy.Rules;

namespace SharePolicy.Questions;

/// <summary>What a disposal rule's condition sees (Regulations Art. 27 ¶1–2): the data obtained and what became of it.</summary>
public sealed class DisposalFacts : RuleFacts
{
    internal DisposalFacts(ObtainedData data)
    {
        Data = data;
        Misused = data.UsedBeyondSharing || data.GivenToThirdParty;
        Suspended = Misused && data.Rectification == RectificationStatus.NotConcluded;
    }

    /// <summary>The data obtained, its purpose and its use.</summary>
    public ObtainedData Data { get; }

    /// <summary>True when the data was used beyond its sharing or given to a third party without consent.</summary>
    public bool Misused { get; }

    /// <summary>True when it was misused and the rectification is not over: its sharing stays suspended.</summary>
    public bool Suspended { get; }
}

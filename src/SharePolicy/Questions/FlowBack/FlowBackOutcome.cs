namespace SharePolicy.Questions;

/// <summary>Must an upper-level department return data to a lower-level one (Regulations Art. 24)? Least restrictive first.</summary>
public enum FlowBackOutcome
{
    /// <summary>The provider returns the data promptly and completely, without extra conditions (Art. 24 ¶1).</summary>
    ReturnRequired,

    /// <summary>
    /// Art. 24 does not oblige the provider: it is not the recipient's upper level, the data is not of the recipient's
    /// region, or the recipient's duties do not need it. The recipient may still apply for it (Art. 20 ¶2). Where no
    /// rule applies the answer is this one: no data flows that no rule sends.
    /// </summary>
    NotRequired,
}

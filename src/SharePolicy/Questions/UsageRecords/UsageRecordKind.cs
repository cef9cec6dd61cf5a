namespace SharePolicy.Questions;

/// <summary>What a usage record of shared data records (Regulations Art. 29 ¶2).</summary>
public enum UsageRecordKind
{
    /// <summary>The scenario the data is used in (使用场景).</summary>
    Scenario,

    /// <summary>The process of its use (使用过程).</summary>
    Process,

    /// <summary>What its use achieved (应用成效).</summary>
    Effect,

    /// <summary>How it is stored (存储情况).</summary>
    Storage,

    /// <summary>How it was destroyed (销毁情况).</summary>
    Destruction,
}

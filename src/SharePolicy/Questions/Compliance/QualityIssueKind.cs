namespace SharePolicy.Questions;

/// <summary>What is wrong with data supplied to the platform (Art. 13, 24(3)).</summary>
public enum QualityIssueKind
{
    /// <summary>不一致: differs from what the provider itself holds.</summary>
    Inconsistent,

    /// <summary>未及时更新: not updated in time.</summary>
    Stale,

    /// <summary>不符合有关规范: does not conform to the standards.</summary>
    NonConforming,

    /// <summary>无法使用: cannot be used.</summary>
    Unusable,
}

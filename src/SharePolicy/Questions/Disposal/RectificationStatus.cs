namespace SharePolicy.Questions;

/// <summary>Where the rectification ordered after a misuse of shared data stands (Regulations Art. 27 ¶2).</summary>
public enum RectificationStatus
{
    /// <summary>None has been ordered, or it is under way within its time limit.</summary>
    NotConcluded,

    /// <summary>The requester rectified within the time limit: the suspension ends (整改到位).</summary>
    Rectified,

    /// <summary>The requester refused to rectify, or did not rectify adequately (拒不整改或者整改不到位).</summary>
    Failed,
}

namespace SharePolicy.Questions;

/// <summary>Where the purpose data was shared for stands (Regulations Art. 27 ¶1).</summary>
public enum SharingPurposeStatus
{
    /// <summary>The purpose is still being pursued: the data is still needed.</summary>
    Ongoing,

    /// <summary>The purpose has been achieved (共享目的已实现).</summary>
    Achieved,

    /// <summary>The purpose cannot be achieved (无法实现).</summary>
    Unachievable,

    /// <summary>The data is no longer needed for the purpose (为实现共享目的不再必要).</summary>
    NoLongerNecessary,
}

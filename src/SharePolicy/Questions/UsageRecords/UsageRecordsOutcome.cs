namespace SharePolicy.Questions;

/// <summary>How long must a usage record of shared data be kept (Regulations Art. 29 ¶2)?</summary>
public enum UsageRecordsOutcome
{
    /// <summary>The requester keeps the record at least until the last day of the period the decision carries.</summary>
    KeepRecord,
}

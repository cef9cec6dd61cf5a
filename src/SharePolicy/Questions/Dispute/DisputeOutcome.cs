namespace SharePolicy.Questions;

/// <summary>How the matter proceeds while the data is verified (Art. 15); least restrictive first.</summary>
public enum DisputeOutcome
{
    /// <summary>Handle the matter as normal: do not refuse, delay or send the applicant to correct the record.</summary>
    ProcessAsNormal,

    /// <summary>The data goes back for verification, and the matter waits for it.</summary>
    AwaitVerification,
}

namespace SharePolicy.Questions;

/// <summary>The outcome of a compliance review (Art. 24); least restrictive first.</summary>
public enum ComplianceOutcome
{
    /// <summary>No finding: nothing to rectify.</summary>
    Compliant,

    /// <summary>
    /// The body is not one Art. 24 names (State Council departments and provincial governments): the NDRC's notice to
    /// rectify is not addressed to it, and its conduct is for its own government to review.
    /// </summary>
    NotSubject,

    /// <summary>At least one finding: the NDRC notifies the department to rectify (Art. 24).</summary>
    RectificationRequired,
}

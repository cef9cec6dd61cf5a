namespace SharePolicy.Questions;

/// <summary>The outcome of a compliance review (Art. 24); least restrictive first.</summary>
public enum ComplianceOutcome
{
    /// <summary>No finding: nothing to rectify.</summary>
    Compliant,

    /// <summary>At least one finding: the NDRC notifies the department to rectify (Art. 24).</summary>
    RectificationRequired,
}

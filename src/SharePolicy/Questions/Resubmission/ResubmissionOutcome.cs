namespace SharePolicy.Questions;

/// <summary>Whether a department may ask for a document or item (Art. 12 ¶3); least restrictive first.</summary>
public enum ResubmissionOutcome
{
    /// <summary>The platform cannot supply it: the department may ask for it.</summary>
    MayRequest,

    /// <summary>The platform can supply it: the department must not ask for it again.</summary>
    MustNotRequest,
}

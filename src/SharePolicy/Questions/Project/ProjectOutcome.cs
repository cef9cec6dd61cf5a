namespace SharePolicy.Questions;

/// <summary>Whether a project passes its examination (Art. 21); least restrictive first.</summary>
public enum ProjectOutcome
{
    /// <summary>The project passes at this stage.</summary>
    Pass,

    /// <summary>The project is not approved, not accepted or not funded.</summary>
    Fail,
}

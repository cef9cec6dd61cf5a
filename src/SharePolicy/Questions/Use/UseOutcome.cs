namespace SharePolicy.Questions;

/// <summary>The outcome of a use check (Art. 14); least restrictive first.</summary>
public enum UseOutcome
{
    /// <summary>The use is within the grant: its purpose, its scope and the user's own duties.</summary>
    Allowed,

    /// <summary>The use is not allowed.</summary>
    Denied,
}

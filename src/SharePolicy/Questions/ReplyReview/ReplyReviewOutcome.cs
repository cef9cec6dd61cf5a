namespace SharePolicy.Questions;

/// <summary>Whether a provider's reply meets the Measures (Art. 12); least restrictive first.</summary>
public enum ReplyReviewOutcome
{
    /// <summary>In time, and stating what the Measures require.</summary>
    Sound,

    /// <summary>
    /// Stating what the Measures require, but whether it came in time cannot be said: its deadline counts days of a
    /// year whose holiday notice is not loaded, and the reply came within them.
    /// </summary>
    TimelinessUndetermined,

    /// <summary>Late, or missing what the Measures require.</summary>
    Defective,
}

namespace SharePolicy.Calendar;

/// <summary>Calendar data that cannot be used: a malformed file, a gap between years, or contradictory days.</summary>
public sealed class CalendarLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">The file (and line, where known) or year the problem is in.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public CalendarLoadException(string location, string reason, Exception? inner = null)
        : base($"{location}: {reason}", inner)
    {
        Location = location;
        Reason = reason;
    }

    /// <summary>The file (and line, where known) or year the problem is in.</summary>
    public string Location { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}

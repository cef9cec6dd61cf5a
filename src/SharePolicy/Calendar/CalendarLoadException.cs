using SharePolicy.Files;

namespace SharePolicy.Calendar;

/// <summary>Calendar data that cannot be used: a malformed file, a gap between years, or contradictory days.</summary>
public sealed class CalendarLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">The file (and line and column, where known) or year the problem is in.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public CalendarLoadException(string location, string reason, Exception? inner = null)
        : base($"{location}: {reason}", inner)
    {
        Location = location;
        Reason = reason;
        Errors = [Message];
    }

    // Every problem found in calendar files, the first as Location and Reason.
    internal CalendarLoadException(IReadOnlyList<YamlProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        var first = problems[0];
        Location = FormattableString.Invariant($"{first.File}:{first.Line}:{first.Column}");
        Reason = first.Message;
        Errors = problems.Select(problem => problem.ToString()).ToArray();
        Problems = problems;
    }

    // The problems, to gather with those of other files; null when made from a location and a reason.
    internal IReadOnlyList<YamlProblem>? Problems { get; }

    /// <summary>The file (and line and column, where known) or year the first problem is in.</summary>
    public string Location { get; }

    /// <summary>What is wrong there.</summary>
    public string Reason { get; }

    /// <summary>Every problem found, each as <c>location: reason</c>.</summary>
    public IReadOnlyList<string> Errors { get; }
}

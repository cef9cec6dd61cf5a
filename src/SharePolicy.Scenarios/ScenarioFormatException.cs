namespace SharePolicy.Scenarios;

/// <summary>
/// A scenario file or request file that cannot be read. The message lists every error found, each as
/// <c>file:line:column: reason</c>; <see cref="File"/>, <see cref="Line"/> and <see cref="Reason"/> are the first's.
/// </summary>
public sealed class ScenarioFormatException : Exception
{
    /// <summary>Creates the exception for one error.</summary>
    public ScenarioFormatException(string file, int line, string reason, Exception? inner = null)
        : this([new ScenarioError(file, line, 1, reason)], inner)
    {
    }

    /// <summary>Creates the exception for every error found in a file.</summary>
    /// <exception cref="ArgumentException">No error is given.</exception>
    public ScenarioFormatException(IReadOnlyList<ScenarioError> errors, Exception? inner = null)
        : base(Describe(errors), inner)
    {
        Errors = errors;
        File = errors[0].File;
        Line = errors[0].Line;
        Reason = errors[0].Reason;
    }

    /// <summary>Every error found, in file order.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }

    /// <summary>The scenario or request file.</summary>
    public string File { get; }

    /// <summary>The 1-based line of the first error.</summary>
    public int Line { get; }

    /// <summary>What is wrong first.</summary>
    public string Reason { get; }

    private static string Describe(IReadOnlyList<ScenarioError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count > 0
            ? string.Join(Environment.NewLine, errors)
            : throw new ArgumentException("A format exception needs at least one error.", nameof(errors));
    }
}

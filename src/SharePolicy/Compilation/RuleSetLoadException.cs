namespace SharePolicy.Compilation;

/// <summary>A rule library did not load: one or more of its files are malformed, and none of its rules is used.</summary>
public sealed class RuleSetLoadException : Exception
{
    /// <summary>Creates the exception from the errors found.</summary>
    /// <exception cref="ArgumentException">There are no errors.</exception>
    public RuleSetLoadException(IReadOnlyList<RuleFileError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found, in file order.</summary>
    public IReadOnlyList<RuleFileError> Errors { get; }

    private static string Describe(IReadOnlyList<RuleFileError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A rule set load failure needs at least one error.", nameof(errors));
        }

        var noun = errors.Count == 1 ? "error" : "errors";
        return $"The rule library did not load ({errors.Count} {noun}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, errors);
    }
}

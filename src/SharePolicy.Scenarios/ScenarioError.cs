namespace SharePolicy.Scenarios;

/// <summary>One error in a scenario or request file.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Reason">What is wrong.</param>
public sealed record ScenarioError(string File, int Line, int Column, string Reason)
{
    /// <summary><c>file:line:column: reason</c>, as compilers write it.</summary>
    public override string ToString() => FormattableString.Invariant($"{File}:{Line}:{Column}: {Reason}");
}

namespace SharePolicy.Files;

/// <summary>One thing wrong in a YAML data file, and where: the file, the 1-based line and column.</summary>
internal sealed record YamlProblem(string File, int Line, int Column, string Message)
{
    /// <summary><c>file:line:column: message</c>, as compilers write it.</summary>
    public override string ToString() => FormattableString.Invariant($"{File}:{Line}:{Column}: {Message}");
}

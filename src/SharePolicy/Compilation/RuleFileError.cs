using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>One thing wrong in a rule file, and where.</summary>
/// <param name="Where">The file, line and column.</param>
/// <param name="Message">What is wrong, and what would be right.</param>
public sealed record RuleFileError(RuleSource Where, string Message)
{
    /// <summary><c>file:line:column: message</c>, as compilers write it.</summary>
    public override string ToString() => $"{Where}: {Message}";
}

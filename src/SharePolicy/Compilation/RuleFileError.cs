using SharePolicy.Rules;

namespace SharePolicy.Compilation;

/// <summary>One thing wrong in a rule file, and where.</summary>
/// <param name="Where">The file, line and column.</param>
/// <param name="Message">What is wrong, and what would be right.</param>
/// <exception cref="ArgumentNullException">A value is null.</exception>
public sealed record RuleFileError(RuleSource Where, string Message)
{
    /// <summary>The file, line and column.</summary>
    public RuleSource Where { get; init => field = value ?? throw new ArgumentNullException(nameof(Where)); } = Where ?? throw new ArgumentNullException(nameof(Where));

    /// <summary>What is wrong, and what would be right.</summary>
    public string Message { get; init => field = value ?? throw new ArgumentNullException(nameof(Message)); } = Message ?? throw new ArgumentNullException(nameof(Message));

    /// <summary><c>file:line:column: message</c>, as compilers write it.</summary>
    public override string ToString() => $"{Where}: {Message}";
}

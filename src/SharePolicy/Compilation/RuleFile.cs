namespace SharePolicy.Compilation;

/// <summary>The text of one rule file, and the path or name its errors are reported under.</summary>
/// <param name="Path">The path or name errors are reported under, e.g. <c>rules/access.yaml</c>.</param>
/// <param name="Content">The file's YAML text.</param>
/// <exception cref="ArgumentNullException">A value is null.</exception>
public sealed record RuleFile(string Path, string Content)
{
    /// <summary>The path or name errors are reported under.</summary>
    public string Path { get; init => field = value ?? throw new ArgumentNullException(nameof(Path)); } = Path ?? throw new ArgumentNullException(nameof(Path));

    /// <summary>The file's YAML text.</summary>
    public string Content { get; init => field = value ?? throw new ArgumentNullException(nameof(Content)); } = Content ?? throw new ArgumentNullException(nameof(Content));
}

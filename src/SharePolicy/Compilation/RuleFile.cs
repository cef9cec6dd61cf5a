namespace SharePolicy.Compilation;

/// <summary>The text of one rule file, and the path or name its errors are reported under.</summary>
/// <param name="Path">The path or name errors are reported under, e.g. <c>rules/access.yaml</c>.</param>
/// <param name="Content">The file's YAML text.</param>
public sealed record RuleFile(string Path, string Content);

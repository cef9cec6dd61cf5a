namespace SharePolicy.Files;

/// <summary>The text of one file read from a directory of rule or calendar files, and its path as the directory names it.</summary>
/// <param name="Path">The path: the directory as given, and the file's name.</param>
/// <param name="Content">The file's text.</param>
internal sealed record DataFile(string Path, string Content);

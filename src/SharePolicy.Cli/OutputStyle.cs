namespace SharePolicy.Cli;

/// <summary>
/// How results are marked: with ANSI colours on a terminal, as plain text when output is redirected or the
/// NO_COLOR variable is set (no-color.org), so that files and pipes get text a program can read.
/// </summary>
public sealed class OutputStyle
{
    private OutputStyle(bool coloured)
    {
        Coloured = coloured;
    }

    /// <summary>Plain text, no escape codes.</summary>
    public static OutputStyle Plain { get; } = new(false);

    /// <summary>ANSI colours.</summary>
    public static OutputStyle Colour { get; } = new(true);

    /// <summary>True when results are coloured.</summary>
    public bool Coloured { get; }

    /// <summary>Colour for a terminal, plain otherwise.</summary>
    /// <param name="outputRedirected">True when standard output goes to a file or a pipe (<see cref="Console.IsOutputRedirected"/>).</param>
    /// <param name="noColor">The value of the NO_COLOR environment variable; any non-empty value turns colour off.</param>
    public static OutputStyle Detect(bool outputRedirected, string? noColor) =>
        outputRedirected || !string.IsNullOrEmpty(noColor) ? Plain : Colour;

    internal string Passed(string text) => Paint("32", text);

    internal string Failed(string text) => Paint("31", text);

    internal string Emphasis(string text) => Paint("1", text);

    internal string Muted(string text) => Paint("2", text);

    private string Paint(string code, string text) => Coloured ? $"\u001b[{code}m{text}\u001b[0m" : text;
}

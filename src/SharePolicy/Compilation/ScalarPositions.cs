using SharePolicy.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SharePolicy.Compilation;

/// <summary>
/// Finds where a character of a scalar's value is written in its file. A value read from a quoted, folded
/// (<c>&gt;-</c>), literal (<c>|-</c>) or multi-line plain scalar is not the text of the file: indentation is dropped,
/// line breaks become spaces, escapes become characters. The value is walked beside the file's text, matching each
/// visible character, so an error in a condition points at the line and column where it is written.
/// </summary>
internal sealed class ScalarPositions(string file, string content, YamlScalarNode node)
{
    private int[]? _indexOf; // the file index of each character of the value

    /// <summary>Where the value's character at <paramref name="offset"/> is written (the value's end for an offset past it).</summary>
    public RuleSource At(int offset)
    {
        var value = node.Value ?? string.Empty;
        _indexOf ??= Walk(value);
        var index = _indexOf.Length == 0 ? (int)node.Start.Index
            : offset >= _indexOf.Length ? _indexOf[^1] + 1 // where the parser ran out of text: just after it
            : _indexOf[Math.Max(offset, 0)];
        return Locate(index);
    }

    private int[] Walk(string value)
    {
        var map = new int[value.Length];
        var end = (int)Math.Min(node.End.Index, content.Length);
        var at = (int)node.Start.Index;
        if (node.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            // The value starts on the line after the indicator (| or >).
            while (at < end && content[at] != '\n')
            {
                at++;
            }
        }
        else if (node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted)
        {
            at++; // the opening quote
        }

        var doubleQuoted = node.Style is ScalarStyle.DoubleQuoted;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            while (doubleQuoted && !char.IsWhiteSpace(c) && at < end && char.IsWhiteSpace(content[at]))
            {
                at++; // a folded line break or indentation, before an escape on the next line
            }

            if (doubleQuoted && Escape(ref at, end) is { } length)
            {
                // An escape (\t, \", \x41, \u0041, \U0001F600) is one character of the value, two for a surrogate pair.
                map[i] = at;
                if (char.IsHighSurrogate(c) && i + 1 < value.Length)
                {
                    map[++i] = at;
                }

                at += length;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                // A space or line break of the value: the next blank of the file, or here when folding made it.
                map[i] = at;
                if (at < end && char.IsWhiteSpace(content[at]))
                {
                    at++;
                }

                continue;
            }

            // Skip what the value does not show: indentation, line breaks, an escape's backslash, a doubled quote.
            var from = at;
            while (at < end && content[at] != c && (char.IsWhiteSpace(content[at]) || content[at] is '\\' or '\'' or '"'))
            {
                at++;
            }

            if (at >= end || content[at] != c)
            {
                at = from; // not found as written (an escape such as \u0041): stay, and keep going
                map[i] = at;
                continue;
            }

            map[i] = at++;
        }

        return map;
    }

    // In a double-quoted scalar a backslash always starts an escape: the length of the one at `at`, after stepping over
    // escaped line breaks (a backslash ending a line, which joins it to the next without a space); null when none is.
    private int? Escape(ref int at, int end)
    {
        while (at + 1 < end && content[at] == '\\' && content[at + 1] is '\n' or '\r')
        {
            at++;
            while (at < end && char.IsWhiteSpace(content[at]))
            {
                at++;
            }
        }

        return at + 1 < end && content[at] == '\\'
            ? content[at + 1] switch
            {
                'x' => 4,
                'u' => 6,
                'U' => 10,
                _ => 2,
            }
            : null;
    }

    // 1-based line and column of a file index, as YamlDotNet counts them.
    private RuleSource Locate(int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < content.Length; i++)
        {
            if (content[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new RuleSource(file, line, index - lineStart + 1);
    }
}

using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace SharePolicy.Model;

/// <summary>Argument checks shared by the model's constructors; each names the offending value (<see cref="ModelLimits"/>).</summary>
internal static class Guard
{
    // Letters of the Hangul and braille blocks that draw nothing, and so pass for text where none is.
    private static readonly SearchValues<char> BlankFillers = SearchValues.Create("\u115F\u1160\u3164\uFFA0\u2800");

    /// <summary>A name: present (<see cref="IsPresent"/>) and at most <see cref="ModelLimits.MaxNameLength"/> characters.</summary>
    public static string Name(string? value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        Present(value, ModelLimits.MaxNameLength, name);

    /// <summary>A free text: present (<see cref="IsPresent"/>) and at most <see cref="ModelLimits.MaxTextLength"/> characters.</summary>
    public static string Text(string? value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        Present(value, ModelLimits.MaxTextLength, name);

    /// <summary>A name, or null when none is given.</summary>
    public static string? OptionalName(string? value, string name) => value is null ? null : Name(value, name);

    /// <summary>A free text, or null when none is given.</summary>
    public static string? OptionalText(string? value, string name) => value is null ? null : Text(value, name);

    /// <summary>A code, normalised to NFC: 1 to 64 ASCII letters, digits and <c>. _ : / -</c>, starting with a letter or digit.</summary>
    public static string Code(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        WellFormed(value, name);
        var code = value.Normalize(NormalizationForm.FormC);
        if (code.Length is 0 or > ModelLimits.MaxCodeLength)
        {
            throw new ArgumentException(
                $"{name} '{Escape(code)}' is not a code: a code is 1 to {ModelLimits.MaxCodeLength} characters, not {code.Length}.", name);
        }

        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            var allowed = char.IsAsciiLetterOrDigit(c) || (i > 0 && c is '.' or '_' or ':' or '/' or '-');
            if (!allowed)
            {
                throw new ArgumentException(
                    $"{name} '{Escape(code)}' is not a code: {CodePoint(code, i)} at index {i} is not allowed; a code is ASCII letters, "
                    + "digits and . _ : / -, starting with a letter or a digit.", name);
            }
        }

        return code;
    }

    /// <summary>An administrative division code: 6 digits (GB/T 2260), or 9 or 12 digits.</summary>
    public static string Region(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value.Length is 6 or 9 or 12 && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
            ? value
            : throw new ArgumentException(
                $"{name} '{Escape(value)}' is not an administrative division code: write its 6 digits (GB/T 2260, e.g. 330100), or 9 or 12.", name);
    }

    /// <summary>
    /// True when the text has a visible character: one that is not white space, a format (Cf) or control (Cc)
    /// character, unassigned, a combining mark standing alone, private use, or a blank filler letter. Text made only of
    /// such characters looks present but says nothing, and must never pass for a stated purpose or reason.
    /// </summary>
    public static bool IsPresent(string text)
    {
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) == OperationStatus.Done && !IsInvisible(rune))
            {
                return true;
            }

            rest = rest[consumed..];
        }

        return false;
    }

    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be one of {string.Join(", ", Enum.GetNames<T>())}.");

    public static IReadOnlyList<T> AllDefined<T>(IReadOnlyList<T> values, string name)
        where T : struct, Enum
    {
        foreach (var value in values)
        {
            Defined(value, name);
        }

        return values;
    }

    /// <summary>Copies a caller's sequence, of at most <paramref name="max"/> elements, so that later changes to it cannot reach the model.</summary>
    public static IReadOnlyList<T> Copy<T>(IEnumerable<T>? values, int max, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.TryGetNonEnumeratedCount(out var count) && count > max)
        {
            throw TooMany(name, count.ToString(CultureInfo.InvariantCulture), max);
        }

        var copy = new List<T>(Math.Min(count, max));
        foreach (var value in values)
        {
            if (copy.Count == max)
            {
                throw TooMany(name, "more than " + max.ToString(CultureInfo.InvariantCulture), max);
            }

            copy.Add(value is null && default(T) is null
                ? throw new ArgumentException($"{name} must not contain null (at index {copy.Count}).", name)
                : value);
        }

        return copy.AsReadOnly();
    }

    /// <summary>Copies a caller's codes, each checked and normalised as <see cref="Code"/> does.</summary>
    public static IReadOnlyList<string> Codes(IEnumerable<string>? values, int max, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        var copy = Copy(values, max, name);
        var codes = new string[copy.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = Code(copy[i], name);
        }

        return Array.AsReadOnly(codes);
    }

    /// <summary>The text with invisible and control characters written as <c>\uXXXX</c>, cut at 64 characters, for messages.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (escaped.Length >= 64)
            {
                return escaped.Append('…').ToString();
            }

            escaped.Append(rune.Value != ' ' && IsInvisible(rune)
                ? FormattableString.Invariant($"\\u{rune.Value:X4}")
                : rune.ToString());
        }

        return escaped.ToString();
    }

    /// <summary>A text as a message shows it: escaped where invisible, with its first code points, e.g. <c>'\u200B': U+200B</c>.</summary>
    internal static string Shown(string value) => $"'{Escape(value)}'{CodePoints(value)}";

    private static string Present(string? value, int maxLength, string? name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        WellFormed(value, name);
        if (!IsPresent(value))
        {
            throw new ArgumentException($"{name} must have a visible character (was {Shown(value)}).", name);
        }

        return value.Length <= maxLength
            ? value
            : throw new ArgumentException($"{name} is {value.Length} characters long; at most {maxLength} are allowed (it begins '{Escape(value)}').", name);
    }

    /// <summary>True when the text has no half of a surrogate pair standing alone (it can be written as UTF-8).</summary>
    public static bool IsWellFormed(string value) => LoneSurrogate(value) < 0;

    private static void WellFormed(string value, string? name)
    {
        if (LoneSurrogate(value) is var index and >= 0)
        {
            throw new ArgumentException($"{name} is not well-formed text: {CodePoint(value, index)} at index {index} is half of a surrogate pair.", name);
        }
    }

    private static int LoneSurrogate(string value)
    {
        var index = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        while (index >= 0 && index < value.Length)
        {
            if (char.IsHighSurrogate(value[index]) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
            {
                index += 2;
            }
            else if (char.IsSurrogate(value[index]))
            {
                return index;
            }
            else
            {
                index++;
            }
        }

        return -1;
    }

    private static bool IsInvisible(Rune rune) =>
        Rune.IsWhiteSpace(rune)
        || (rune.IsBmp && BlankFillers.Contains((char)rune.Value))
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate;

    // ": U+200B U+200D", the first eight code points of a text that looks empty, so a message shows what it holds.
    private static string CodePoints(string text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var points = text.EnumerateRunes().Take(8).Select(rune => FormattableString.Invariant($"U+{rune.Value:X4}"));
        return ": " + string.Join(' ', points) + (text.EnumerateRunes().Skip(8).Any() ? " …" : string.Empty);
    }

    private static string CodePoint(string text, int index) =>
        Rune.TryGetRuneAt(text, index, out var rune)
            ? FormattableString.Invariant($"U+{rune.Value:X4}")
            : FormattableString.Invariant($"U+{(int)text[index]:X4}");

    private static ArgumentException TooMany(string? name, string count, int max) =>
        new($"{name} has {count} elements; at most {max} are allowed.", name);
}

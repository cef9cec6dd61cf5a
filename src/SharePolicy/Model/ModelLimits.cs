namespace SharePolicy.Model;

/// <summary>
/// The bounds the model puts on what a caller may pass in, so that every decision's work is bounded
/// (docs/hostile-input.md). A value beyond one is refused with an <see cref="ArgumentException"/> that names it.
/// </summary>
/// <remarks>
/// A code (of a department, resource, item) is 1 to <see cref="MaxCodeLength"/> characters of ASCII letters and digits
/// and <c>. _ : / -</c>, starting with a letter or a digit; it is normalised to NFC before it is checked. A region is
/// an administrative division code: 6 digits (GB/T 2260), or 9 or 12 (the statistical division codes below the county).
/// A name or a text counts as given only when it has a visible character: one that is not white space, a format or
/// control character, unassigned, a combining mark, private use, or one of the blank fillers (U+115F, U+1160, U+3164,
/// U+FFA0, U+2800). Text must be well-formed UTF-16.
/// </remarks>
public static class ModelLimits
{
    /// <summary>The longest code, in characters: 64.</summary>
    public const int MaxCodeLength = 64;

    /// <summary>The longest name (of a department, resource, item, project, base resource, format), in characters: 200.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest free text (a duty, reasons, conditions, a citation, a description, a rule's reason), in characters: 2,000.</summary>
    public const int MaxTextLength = 2_000;

    /// <summary>The most items a catalog entry may list, and so the most a request may ask for: 256.</summary>
    public const int MaxItemsPerEntry = 256;

    /// <summary>The most entries of each kind a department's record may hold for one compliance review: 1,000.</summary>
    public const int MaxRecordEntries = 1_000;
}

using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using SharePolicy.Model;

namespace SharePolicy.Instruments;

/// <summary>
/// A citation of an instrument, numbered as its text numbers it: an article (第十二条), optionally one of its
/// paragraphs (第一款, written <c>12¶1</c>) or enumerated items (（二）, written <c>10(2)</c>), with the instrument it
/// cites (written as its prefix: <c>M2016 12¶1</c>, <c>R2025 21¶1</c>). The default value cites nothing.
/// </summary>
public readonly partial record struct Citation : IComparable<Citation>
{
    private readonly Instrument? _instrument;

    internal Citation(Instrument instrument, int article, int? paragraph, int? item)
    {
        _instrument = instrument;
        Article = article;
        Paragraph = paragraph;
        Item = item;
    }

    /// <summary>The id of the instrument cited, e.g. <c>cn.measures-2016</c>; empty for the default value.</summary>
    public string Instrument => _instrument?.Id ?? string.Empty;

    /// <summary>The article number.</summary>
    public int Article { get; }

    /// <summary>The paragraph (款) within the article, if the citation names one.</summary>
    public int? Paragraph { get; }

    /// <summary>The enumerated item (项) within the article, if the citation names one.</summary>
    public int? Item { get; }

    /// <summary>The instrument cited; null for the default value.</summary>
    [JsonIgnore]
    public Instrument? CitedInstrument => _instrument;

    /// <summary>
    /// Parses a citation written as in rule and scenario files: <c>9</c>, <c>12¶1</c>, <c>10(2)</c> (of
    /// <paramref name="instrument"/>), or with an instrument's prefix, <c>R2025 21¶1</c>; an <c>Art.</c> and spaces are allowed.
    /// </summary>
    /// <param name="text">The citation.</param>
    /// <param name="instrument">The instrument a citation without a prefix cites.</param>
    /// <param name="instruments">The instruments a prefix may name; the built-in ones when null.</param>
    /// <exception cref="FormatException">The text is not a citation, or names an instrument or a part that does not exist.</exception>
    public static Citation Parse(string text, Instrument instrument, IEnumerable<Instrument>? instruments = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, instrument, instruments, out var citation, out var error) ? citation : throw new FormatException(error);
    }

    /// <summary>Parses a citation; see <see cref="Parse"/>. Returns false and a reason when it is not one.</summary>
    public static bool TryParse(string? text, Instrument instrument, IEnumerable<Instrument>? instruments, out Citation citation, out string error)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        citation = default;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success)
        {
            error = $"'{text}' is not an article citation; write e.g. 9, 12¶1, 10(2), or with an instrument's prefix, R2025 21¶1.";
            return false;
        }

        var cited = instrument;
        if (match.Groups["cite"].Success)
        {
            var prefix = match.Groups["cite"].Value;
            var known = (instruments ?? SharePolicy.Instruments.Instrument.BuiltIn).Append(instrument).ToArray();
            cited = known.FirstOrDefault(candidate => string.Equals(candidate.Cite, prefix, StringComparison.Ordinal))!;
            if (cited is null)
            {
                error = $"'{text}': no instrument is cited as {prefix}; known are {string.Join(", ", known.Select(candidate => candidate.Cite).Distinct())}.";
                return false;
            }
        }

        static int? Number(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : null;

        var article = Number(match.Groups["article"])!.Value;
        var paragraph = Number(match.Groups["paragraph"]);
        var item = Number(match.Groups["item"]);
        if (cited.Check(article, paragraph, item) is { } wrong)
        {
            error = $"'{text}': {wrong}";
            return false;
        }

        error = string.Empty;
        citation = new Citation(cited, article, paragraph, item);
        return true;
    }

    /// <summary>
    /// The short form of rule and scenario files, with the instrument's prefix: <c>M2016 12¶1</c>; without it when
    /// <paramref name="withInstrument"/> is false: <c>12¶1</c>. Empty for the default value.
    /// </summary>
    public string ToShortString(bool withInstrument = true)
    {
        if (_instrument is null)
        {
            return string.Empty;
        }

        var part = Paragraph is { } p
            ? FormattableString.Invariant($"{Article}¶{p}")
            : Item is { } i ? FormattableString.Invariant($"{Article}({i})") : Article.ToString(CultureInfo.InvariantCulture);
        return withInstrument ? $"{_instrument.Cite} {part}" : part;
    }

    /// <summary>The English citation with the instrument's prefix: <c>M2016 Art. 12 ¶1</c>, <c>R2025 Art. 39(4)</c>; <c>(no article)</c> for the default value.</summary>
    public override string ToString() => _instrument is null ? "(no article)"
        : Paragraph is { } p ? FormattableString.Invariant($"{_instrument.Cite} Art. {Article} ¶{p}")
        : $"{_instrument.Cite} Art. {ToShortString(withInstrument: false)}";

    /// <summary>The citation as a Chinese text writes it: 《政务信息资源共享管理暂行办法》第十二条第一款; （无条文） for the default value.</summary>
    public string ToChineseString()
    {
        if (_instrument is null)
        {
            return "（无条文）";
        }

        var article = $"《{_instrument.Title.ZhHans}》第{ChineseNumerals.Format(Article)}条";
        return Paragraph is { } p ? $"{article}第{ChineseNumerals.Format(p)}款"
            : Item is { } i ? $"{article}（{ChineseNumerals.Format(i)}）"
            : article;
    }

    /// <summary>Equal when they cite the same part of the same instrument.</summary>
    public bool Equals(Citation other) =>
        Instrument == other.Instrument && Article == other.Article && Paragraph == other.Paragraph && Item == other.Item;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Instrument, Article, Paragraph, Item);

    /// <summary>Orders by instrument (the higher rank and the newer first), then article, paragraph and item; a whole article comes before its parts.</summary>
    public int CompareTo(Citation other)
    {
        if (!ReferenceEquals(_instrument, other._instrument) && Instrument != other.Instrument)
        {
            // The default value, which cites nothing, comes first.
            var byRank = ((int?)_instrument?.Rank ?? -1).CompareTo((int?)other._instrument?.Rank ?? -1);
            if (byRank != 0)
            {
                return byRank;
            }

            var byDate = Nullable.Compare(other._instrument?.InForceFrom, _instrument?.InForceFrom);
            return byDate != 0 ? byDate : string.CompareOrdinal(Instrument, other.Instrument);
        }

        var byArticle = Article.CompareTo(other.Article);
        if (byArticle != 0)
        {
            return byArticle;
        }

        var byParagraph = (Paragraph ?? 0).CompareTo(other.Paragraph ?? 0);
        return byParagraph != 0 ? byParagraph : (Item ?? 0).CompareTo(other.Item ?? 0);
    }

    /// <summary>True when <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    public static bool operator <(Citation left, Citation right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    public static bool operator >(Citation left, Citation right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> is <paramref name="right"/> or comes before it.</summary>
    public static bool operator <=(Citation left, Citation right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> is <paramref name="right"/> or comes after it.</summary>
    public static bool operator >=(Citation left, Citation right) => left.CompareTo(right) >= 0;

    // ASCII digits only: \d would also match full-width and other scripts' digits.
    [GeneratedRegex(@"^\s*(?:(?!Art\b)(?<cite>[A-Z][A-Za-z0-9]{0,15})\s+)?(?:Art\.?\s*)?(?<article>[0-9]{1,3})\s*(?:¶\s*(?<paragraph>[0-9]{1,2})|\(\s*(?<item>[0-9]{1,2})\s*\))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

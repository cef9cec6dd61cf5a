using System.Globalization;
using System.Text.RegularExpressions;

namespace SharePolicy.Model;

/// <summary>
/// A citation of the Interim Measures, numbered as the text numbers it:
/// an article (第十二条), optionally one of its paragraphs (第一款, written <c>12¶1</c>)
/// or one of its enumerated items (（二）, written <c>10(2)</c>).
/// </summary>
public readonly partial record struct ArticleReference : IComparable<ArticleReference>
{
    private ArticleReference(int article, int? paragraph, int? item)
    {
        Article = article;
        Paragraph = paragraph;
        Item = item;
    }

    /// <summary>The article number, 1 to 26.</summary>
    public int Article { get; }

    /// <summary>The paragraph (款) within the article, if the citation names one.</summary>
    public int? Paragraph { get; }

    /// <summary>The enumerated item (项) within the article, if the citation names one.</summary>
    public int? Item { get; }

    /// <summary>Cites a whole article.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The Measures have no such article.</exception>
    public static ArticleReference Of(int article) => Create(article, null, null);

    /// <summary>Cites one paragraph (款) of an article, e.g. Art. 12 ¶1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The article has no such paragraph.</exception>
    public static ArticleReference OfParagraph(int article, int paragraph) => Create(article, paragraph, null);

    /// <summary>Cites one enumerated item (项) of an article, e.g. Art. 10(2).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The article has no such item.</exception>
    public static ArticleReference OfItem(int article, int item) => Create(article, null, item);

    /// <summary>
    /// Parses a citation written as in rule and scenario files: <c>9</c>, <c>12¶1</c> or <c>10(2)</c>;
    /// an <c>Art.</c> prefix and spaces are allowed.
    /// </summary>
    /// <exception cref="FormatException">The text is not a citation, or names a part the Measures do not have.</exception>
    public static ArticleReference Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var reference, out var error)
            ? reference
            : throw new FormatException(error);
    }

    /// <summary>Parses a citation; see <see cref="Parse"/>. Returns false and a reason when it is not one.</summary>
    public static bool TryParse(string? text, out ArticleReference reference, out string error)
    {
        reference = default;
        var match = text is null ? Match.Empty : CitationPattern().Match(text);
        if (!match.Success)
        {
            error = $"'{text}' is not an article citation; write e.g. 9, 12¶1 or 10(2).";
            return false;
        }

        static int? Number(Group group) =>
            group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : null;

        var article = Number(match.Groups["article"])!.Value;
        var paragraph = Number(match.Groups["paragraph"]);
        var item = Number(match.Groups["item"]);
        error = MeasuresStructure.Check(article, paragraph, item) ?? string.Empty;
        if (error.Length > 0)
        {
            error = $"'{text}': {error}";
            return false;
        }

        reference = new ArticleReference(article, paragraph, item);
        return true;
    }

    /// <summary>
    /// The short form used in rule and scenario files: <c>12¶1</c>, <c>10(2)</c>, <c>9</c>; empty for the default value,
    /// which cites nothing.
    /// </summary>
    public string ToShortString() => Article == 0 ? string.Empty : Paragraph is { } p
        ? FormattableString.Invariant($"{Article}¶{p}")
        : Item is { } i ? FormattableString.Invariant($"{Article}({i})") : Article.ToString(CultureInfo.InvariantCulture);

    /// <summary>The English citation: <c>Art. 12 ¶1</c>, <c>Art. 10(2)</c>; <c>(no article)</c> for the default value.</summary>
    public override string ToString() => Article == 0 ? "(no article)" : Paragraph is { } p
        ? FormattableString.Invariant($"Art. {Article} ¶{p}")
        : "Art. " + ToShortString();

    /// <summary>The citation as the Chinese text writes it: 第十二条第一款, 第十条（二）; （无条文） for the default value.</summary>
    public string ToChineseString()
    {
        if (Article == 0)
        {
            return "（无条文）";
        }

        var article = $"第{ChineseNumerals.Format(Article)}条";
        return Paragraph is { } p ? $"{article}第{ChineseNumerals.Format(p)}款"
            : Item is { } i ? $"{article}（{ChineseNumerals.Format(i)}）"
            : article;
    }

    /// <summary>Orders by article, then paragraph, then item; a whole article comes before its parts.</summary>
    public int CompareTo(ArticleReference other)
    {
        var byArticle = Article.CompareTo(other.Article);
        if (byArticle != 0)
        {
            return byArticle;
        }

        var byParagraph = (Paragraph ?? 0).CompareTo(other.Paragraph ?? 0);
        return byParagraph != 0 ? byParagraph : (Item ?? 0).CompareTo(other.Item ?? 0);
    }

    /// <summary>True when <paramref name="left"/> comes before <paramref name="right"/> in the Measures.</summary>
    public static bool operator <(ArticleReference left, ArticleReference right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> comes after <paramref name="right"/> in the Measures.</summary>
    public static bool operator >(ArticleReference left, ArticleReference right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> is <paramref name="right"/> or comes before it.</summary>
    public static bool operator <=(ArticleReference left, ArticleReference right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> is <paramref name="right"/> or comes after it.</summary>
    public static bool operator >=(ArticleReference left, ArticleReference right) => left.CompareTo(right) >= 0;

    private static ArticleReference Create(int article, int? paragraph, int? item)
    {
        var error = MeasuresStructure.Check(article, paragraph, item);
        return error is null
            ? new ArticleReference(article, paragraph, item)
            : throw new ArgumentOutOfRangeException(nameof(article), article, error);
    }

    // ASCII digits only: \d would also match full-width and other scripts' digits.
    [GeneratedRegex(@"^\s*(?:Art\.?\s*)?(?<article>[0-9]{1,2})\s*(?:¶\s*(?<paragraph>[0-9]{1,2})|\(\s*(?<item>[0-9]{1,2})\s*\))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CitationPattern();
}

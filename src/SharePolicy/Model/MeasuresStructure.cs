namespace SharePolicy.Model;

/// <summary>
/// How the Measures (国发〔2016〕51号) are divided: 26 articles, some in paragraphs (款),
/// some with enumerated items (（一）…). Used to reject citations of parts the text does not have.
/// </summary>
internal static class MeasuresStructure
{
    public const int ArticleCount = 26;

    // Articles with more than one paragraph, and how many.
    private static readonly Dictionary<int, int> Paragraphs = new()
    {
        [2] = 2,
        [4] = 2,
        [8] = 2,
        [9] = 4,
        [11] = 3,
        [12] = 3,
        [14] = 2,
        [20] = 3,
        [21] = 4,
    };

    // Articles with enumerated items, and how many.
    private static readonly Dictionary<int, int> Items = new()
    {
        [5] = 4,
        [10] = 3,
        [24] = 5,
    };

    /// <summary>Returns why the citation names no part of the text, or null when it does.</summary>
    public static string? Check(int article, int? paragraph, int? item)
    {
        if (article is < 1 or > ArticleCount)
        {
            return $"the Measures have articles 1 to {ArticleCount}, not {article}";
        }

        if (paragraph is { } p && (!Paragraphs.TryGetValue(article, out var paragraphs) || p < 1 || p > paragraphs))
        {
            return Paragraphs.TryGetValue(article, out paragraphs)
                ? $"article {article} has paragraphs 1 to {paragraphs}, not {p}"
                : $"article {article} is a single paragraph";
        }

        if (item is { } i && (!Items.TryGetValue(article, out var items) || i < 1 || i > items))
        {
            return Items.TryGetValue(article, out items)
                ? $"article {article} has items (1) to ({items}), not ({i})"
                : $"article {article} has no enumerated items";
        }

        return null;
    }
}

using System.Globalization;
using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Instruments;

/// <summary>
/// A legal instrument rules cite: its id, the prefix citations use (<c>M2016 12¶1</c>, <c>R2025 21¶1</c>), titles,
/// rank, in-force dates and how its text is divided into articles, paragraphs (款) and items (项), so that every
/// citation is checked against the instrument it names. Instruments are data (an instrument file, docs/rule-sets.md);
/// the two national ones are built in.
/// </summary>
public sealed class Instrument
{
    private static readonly Lazy<IReadOnlyList<Instrument>> BuiltInInstruments = new(InstrumentReader.ReadBuiltIn);

    private readonly IReadOnlyDictionary<int, int> _paragraphs;
    private readonly IReadOnlyDictionary<int, int> _items;

    internal Instrument(
        string id,
        string cite,
        BilingualText title,
        string? number,
        InstrumentRank rank,
        LocalDate inForceFrom,
        LocalDate? inForceTo,
        int articles,
        IReadOnlyDictionary<int, int> paragraphs,
        IReadOnlyDictionary<int, int> items)
    {
        Id = id;
        Cite = cite;
        Title = title;
        Number = number;
        Rank = rank;
        InForceFrom = inForceFrom;
        InForceTo = inForceTo;
        Articles = articles;
        _paragraphs = paragraphs;
        _items = items;
    }

    /// <summary>《政务信息资源共享管理暂行办法》 (国发〔2016〕51号), in force from 2016-09-05: <c>cn.measures-2016</c>, cited <c>M2016</c>.</summary>
    public static Instrument Measures2016 => BuiltIn[0];

    /// <summary>《政务数据共享条例》 (国务院令第809号), in force from 2025-08-01: <c>cn.regulations-2025</c>, cited <c>R2025</c>.</summary>
    public static Instrument Regulations2025 => BuiltIn[1];

    /// <summary>The instruments built into the package: the Measures and the Regulations.</summary>
    public static IReadOnlyList<Instrument> BuiltIn => BuiltInInstruments.Value;

    // The file it was read from, so that a copy of a built-in instrument's file in a rule directory is known for one.
    internal string? Text { get; init; }

    /// <summary>The instrument's stable id, e.g. <c>cn.measures-2016</c>.</summary>
    public string Id { get; }

    /// <summary>The prefix a citation of it is written with, e.g. <c>M2016</c> in <c>M2016 12¶1</c>.</summary>
    public string Cite { get; }

    /// <summary>The instrument's title, without book-title marks.</summary>
    public BilingualText Title { get; }

    /// <summary>Its document number, e.g. 国发〔2016〕51号; null when it has none.</summary>
    public string? Number { get; }

    /// <summary>Where it stands in the hierarchy of law.</summary>
    public InstrumentRank Rank { get; }

    /// <summary>The first day it is in force.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>The last day it is in force; null while it is.</summary>
    public LocalDate? InForceTo { get; }

    /// <summary>How many articles it has.</summary>
    public int Articles { get; }

    /// <summary>True when the instrument is in force on <paramref name="date"/>.</summary>
    public bool IsInForce(LocalDate date) => date >= InForceFrom && (InForceTo is not { } to || date <= to);

    /// <summary>Cites a whole article.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instrument has no such article.</exception>
    public Citation Article(int article) => Create(article, null, null);

    /// <summary>Cites one paragraph (款) of an article, e.g. <c>12¶1</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The article has no such paragraph.</exception>
    public Citation Paragraph(int article, int paragraph) => Create(article, paragraph, null);

    /// <summary>Cites one enumerated item (项) of an article, e.g. <c>10(2)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The article has no such item.</exception>
    public Citation Item(int article, int item) => Create(article, null, item);

    /// <summary>Returns why the citation names no part of the text, or null when it does.</summary>
    public string? Check(int article, int? paragraph, int? item)
    {
        if (article < 1 || article > Articles)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Cite} ({Title.En}) has articles 1 to {Articles}, not {article}");
        }

        if (paragraph is { } p && (!_paragraphs.TryGetValue(article, out var paragraphs) || p < 1 || p > paragraphs))
        {
            return _paragraphs.TryGetValue(article, out paragraphs)
                ? string.Create(CultureInfo.InvariantCulture, $"article {article} of {Cite} has paragraphs 1 to {paragraphs}, not {p}")
                : string.Create(CultureInfo.InvariantCulture, $"article {article} of {Cite} is a single paragraph");
        }

        if (item is { } i && (!_items.TryGetValue(article, out var items) || i < 1 || i > items))
        {
            return _items.TryGetValue(article, out items)
                ? string.Create(CultureInfo.InvariantCulture, $"article {article} of {Cite} has items (1) to ({items}), not ({i})")
                : string.Create(CultureInfo.InvariantCulture, $"article {article} of {Cite} has no enumerated items");
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} 《{Title.ZhHans}》";

    private Citation Create(int article, int? paragraph, int? item) =>
        Check(article, paragraph, item) is { } error
            ? throw new ArgumentOutOfRangeException(nameof(article), article, error)
            : new Citation(this, article, paragraph, item);
}

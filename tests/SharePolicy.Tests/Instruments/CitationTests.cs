using SharePolicy.Instruments;

namespace SharePolicy.Tests.Instruments;

/// <summary>A citation names its instrument, and is checked against that instrument's articles, paragraphs and items.</summary>
public class CitationTests
{
    private static Instrument M2016 => Instrument.Measures2016;

    private static Instrument R2025 => Instrument.Regulations2025;

    [Theory]
    [InlineData("9", "cn.measures-2016", 9, null, null)]
    [InlineData("12¶1", "cn.measures-2016", 12, 1, null)]
    [InlineData("12 ¶1", "cn.measures-2016", 12, 1, null)]
    [InlineData("Art. 12 ¶1", "cn.measures-2016", 12, 1, null)]
    [InlineData("Art 12", "cn.measures-2016", 12, null, null)]
    [InlineData("10(2)", "cn.measures-2016", 10, null, 2)]
    [InlineData("M2016 24(5)", "cn.measures-2016", 24, null, 5)]
    [InlineData("R2025 21¶1", "cn.regulations-2025", 21, 1, null)]
    [InlineData("R2025 Art. 39(4)", "cn.regulations-2025", 39, null, 4)]
    [InlineData("R2025 44", "cn.regulations-2025", 44, null, null)]
    public void A_citation_names_its_instrument_by_prefix_or_the_default(string text, string instrument, int article, int? paragraph, int? item)
    {
        var citation = Citation.Parse(text, M2016);

        citation.Instrument.Should().Be(instrument);
        citation.Article.Should().Be(article);
        citation.Paragraph.Should().Be(paragraph);
        citation.Item.Should().Be(item);
        Citation.TryParse(text, M2016, null, out var parsed, out var error).Should().BeTrue();
        parsed.Should().Be(citation);
        error.Should().BeEmpty();
    }

    [Fact]
    public void A_bare_citation_in_a_rule_set_of_the_Regulations_cites_the_Regulations()
    {
        Citation.Parse("21¶1", R2025).Should().Be(R2025.Paragraph(21, 1));
        Citation.Parse("21¶1", R2025).Should().NotBe(Citation.Parse("M2016 21¶1", R2025));
    }

    [Theory]
    [InlineData("27", "'27': M2016 (Interim Measures for the Management of Government Information Resource Sharing) has articles 1 to 26, not 27")]
    [InlineData("M2016 27", "'M2016 27': M2016 (Interim Measures for the Management of Government Information Resource Sharing) has articles 1 to 26, not 27")]
    [InlineData("R2025 45", "'R2025 45': R2025 (Government Data Sharing Regulations) has articles 1 to 44, not 45")]
    [InlineData("0", "'0': M2016 (Interim Measures for the Management of Government Information Resource Sharing) has articles 1 to 26, not 0")]
    [InlineData("12¶4", "'12¶4': article 12 of M2016 has paragraphs 1 to 3, not 4")]
    [InlineData("R2025 21¶3", "'R2025 21¶3': article 21 of R2025 has paragraphs 1 to 2, not 3")]
    [InlineData("9(1)", "'9(1)': article 9 of M2016 has no enumerated items")]
    [InlineData("10¶1", "'10¶1': article 10 of M2016 is a single paragraph")]
    [InlineData("R2025 39(10)", "'R2025 39(10)': article 39 of R2025 has items (1) to (9), not (10)")]
    [InlineData("X2030 1", "'X2030 1': no instrument is cited as X2030; known are M2016, R2025.")]
    [InlineData("", "'' is not an article citation; write e.g. 9, 12¶1, 10(2), or with an instrument's prefix, R2025 21¶1.")]
    [InlineData("abc", "'abc' is not an article citation; write e.g. 9, 12¶1, 10(2), or with an instrument's prefix, R2025 21¶1.")]
    public void A_citation_of_a_part_its_instrument_does_not_have_is_refused_naming_why(string text, string expected)
    {
        var act = () => Citation.Parse(text, M2016);

        act.Should().Throw<FormatException>().Which.Message.Should().Be(expected);
        Citation.TryParse(text, M2016, null, out var citation, out var error).Should().BeFalse();
        error.Should().Be(expected);
        citation.Should().Be(default(Citation));
    }

    [Fact]
    public void Null_is_no_citation()
    {
        Citation.TryParse(null, M2016, null, out _, out var error).Should().BeFalse();
        error.Should().StartWith("'' is not an article citation");
        ((Action)(() => Citation.Parse(null!, M2016))).Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    // Regex \d matches every Unicode decimal digit, but int.Parse only reads ASCII ones.
    [Theory]
    [InlineData("１２")]
    [InlineData("１２¶１")]
    [InlineData("١٢")]
    public void Non_ASCII_digits_are_no_citation_and_never_throw(string text)
    {
        var parsed = true;
        var error = string.Empty;
        var act = () => parsed = Citation.TryParse(text, M2016, null, out _, out error);

        act.Should().NotThrow();
        parsed.Should().BeFalse();
        error.Should().Contain($"'{text}'");
    }

    [Theory]
    [InlineData("12¶1", "M2016 Art. 12 ¶1", "M2016 12¶1", "12¶1", "《政务信息资源共享管理暂行办法》第十二条第一款")]
    [InlineData("10(2)", "M2016 Art. 10(2)", "M2016 10(2)", "10(2)", "《政务信息资源共享管理暂行办法》第十条（二）")]
    [InlineData("9", "M2016 Art. 9", "M2016 9", "9", "《政务信息资源共享管理暂行办法》第九条")]
    [InlineData("R2025 21¶1", "R2025 Art. 21 ¶1", "R2025 21¶1", "21¶1", "《政务数据共享条例》第二十一条第一款")]
    [InlineData("R2025 39(4)", "R2025 Art. 39(4)", "R2025 39(4)", "39(4)", "《政务数据共享条例》第三十九条（四）")]
    public void A_citation_is_written_in_English_in_short_and_as_the_Chinese_text_does(string text, string english, string shortForm, string bare, string chinese)
    {
        var citation = Citation.Parse(text, M2016);

        citation.ToString().Should().Be(english);
        citation.ToShortString().Should().Be(shortForm);
        citation.ToShortString(withInstrument: false).Should().Be(bare);
        citation.ToChineseString().Should().Be(chinese);
    }

    [Fact]
    public void Citations_are_ordered_by_rank_of_instrument_then_as_the_text_is()
    {
        string[] texts = ["12¶2", "10(2)", "R2025 21¶1", "12¶1", "9", "12", "R2025 3"];

        texts.Select(text => Citation.Parse(text, M2016)).Order().Select(citation => citation.ToShortString())
            .Should().Equal("R2025 3", "R2025 21¶1", "M2016 9", "M2016 10(2)", "M2016 12", "M2016 12¶1", "M2016 12¶2");
    }

    [Fact]
    public void Comparison_operators_follow_the_order_of_the_text()
    {
        var nine = M2016.Article(9);
        var twelve = M2016.Article(12);
        var twelveOne = M2016.Paragraph(12, 1);

        (nine < twelve).Should().BeTrue();
        (twelve < twelveOne).Should().BeTrue();
        (twelveOne > nine).Should().BeTrue();
        (twelve <= Citation.Parse("12", M2016)).Should().BeTrue();
        (twelve >= Citation.Parse("12", M2016)).Should().BeTrue();
        (twelveOne <= twelve).Should().BeFalse();
        (R2025.Article(1) < nine).Should().BeTrue("an administrative regulation outranks a State Council normative document");
    }

    [Theory]
    [InlineData(0, "M2016 (Interim Measures for the Management of Government Information Resource Sharing) has articles 1 to 26, not 0")]
    [InlineData(27, "M2016 (Interim Measures for the Management of Government Information Resource Sharing) has articles 1 to 26, not 27")]
    public void An_article_the_instrument_does_not_have_cannot_be_cited(int article, string expected)
    {
        ((Action)(() => M2016.Article(article))).Should().Throw<ArgumentOutOfRangeException>().WithMessage(expected + "*");
    }

    [Theory]
    [InlineData(12, 4, "article 12 of M2016 has paragraphs 1 to 3, not 4")]
    [InlineData(10, 1, "article 10 of M2016 is a single paragraph")]
    public void A_paragraph_the_article_does_not_have_cannot_be_cited(int article, int paragraph, string expected)
    {
        ((Action)(() => M2016.Paragraph(article, paragraph))).Should().Throw<ArgumentOutOfRangeException>().WithMessage(expected + "*");
    }

    [Theory]
    [InlineData(9, 1, "article 9 of M2016 has no enumerated items")]
    [InlineData(5, 5, "article 5 of M2016 has items (1) to (4), not (5)")]
    public void An_item_the_article_does_not_have_cannot_be_cited(int article, int item, string expected)
    {
        ((Action)(() => M2016.Item(article, item))).Should().Throw<ArgumentOutOfRangeException>().WithMessage(expected + "*");
    }

    [Fact]
    public void The_last_part_of_each_kind_can_be_cited()
    {
        M2016.Article(26).ToShortString().Should().Be("M2016 26");
        M2016.Paragraph(21, 4).ToShortString().Should().Be("M2016 21¶4");
        M2016.Item(24, 5).ToShortString().Should().Be("M2016 24(5)");
        R2025.Item(39, 9).ToShortString().Should().Be("R2025 39(9)");
        R2025.Paragraph(30, 4).ToShortString().Should().Be("R2025 30¶4");
    }

    [Fact]
    public void The_built_in_instruments_know_their_rank_and_dates()
    {
        M2016.Rank.Should().Be(InstrumentRank.StateCouncilNormativeDocument);
        M2016.InForceFrom.Should().Be(new NodaTime.LocalDate(2016, 9, 5));
        M2016.Number.Should().Be("国发〔2016〕51号");
        R2025.Rank.Should().Be(InstrumentRank.AdministrativeRegulation);
        R2025.InForceFrom.Should().Be(new NodaTime.LocalDate(2025, 8, 1));
        R2025.IsInForce(new NodaTime.LocalDate(2025, 7, 31)).Should().BeFalse();
        R2025.IsInForce(new NodaTime.LocalDate(2025, 8, 1)).Should().BeTrue();
        R2025.Title.ZhHans.Should().Be("政务数据共享条例");
    }
}

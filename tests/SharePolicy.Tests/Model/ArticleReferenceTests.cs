using SharePolicy.Model;

namespace SharePolicy.Tests.Model;

public class ArticleReferenceTests
{
    [Theory]
    [InlineData("9", 9, null, null)]
    [InlineData("12¶1", 12, 1, null)]
    [InlineData("12 ¶1", 12, 1, null)]
    [InlineData("Art. 12 ¶1", 12, 1, null)]
    [InlineData("10(2)", 10, null, 2)]
    [InlineData("24(5)", 24, null, 5)]
    public void Parse_reads_the_article_and_its_paragraph_or_item(string text, int article, int? paragraph, int? item)
    {
        var reference = ArticleReference.Parse(text);

        reference.Article.Should().Be(article);
        reference.Paragraph.Should().Be(paragraph);
        reference.Item.Should().Be(item);
    }

    [Theory]
    [InlineData("9", 9, null, null)]
    [InlineData("12¶1", 12, 1, null)]
    [InlineData("12 ¶1", 12, 1, null)]
    [InlineData("Art. 12 ¶1", 12, 1, null)]
    [InlineData("10(2)", 10, null, 2)]
    [InlineData("24(5)", 24, null, 5)]
    public void TryParse_accepts_a_citation_and_reports_no_error(string text, int article, int? paragraph, int? item)
    {
        var parsed = ArticleReference.TryParse(text, out var reference, out var error);

        parsed.Should().BeTrue();
        error.Should().BeEmpty();
        reference.Article.Should().Be(article);
        reference.Paragraph.Should().Be(paragraph);
        reference.Item.Should().Be(item);
    }

    [Fact]
    public void Parsed_citation_equals_the_one_built_from_numbers()
    {
        ArticleReference.Parse("Art. 12 ¶1").Should().Be(ArticleReference.OfParagraph(12, 1));
        ArticleReference.Parse("10(2)").Should().Be(ArticleReference.OfItem(10, 2));
        ArticleReference.Parse("9").Should().Be(ArticleReference.Of(9));
        ArticleReference.Parse("12").Should().NotBe(ArticleReference.OfParagraph(12, 1));
    }

    [Theory]
    [InlineData("27", "'27': the Measures have articles 1 to 26, not 27")]
    [InlineData("0", "'0': the Measures have articles 1 to 26, not 0")]
    [InlineData("12¶4", "'12¶4': article 12 has paragraphs 1 to 3, not 4")]
    [InlineData("9(1)", "'9(1)': article 9 has no enumerated items")]
    [InlineData("10¶1", "'10¶1': article 10 is a single paragraph")]
    [InlineData("5(5)", "'5(5)': article 5 has items (1) to (4), not (5)")]
    [InlineData("", "'' is not an article citation; write e.g. 9, 12¶1 or 10(2).")]
    [InlineData("abc", "'abc' is not an article citation; write e.g. 9, 12¶1 or 10(2).")]
    public void Parse_rejects_text_that_cites_no_part_of_the_Measures(string text, string expected)
    {
        var act = () => ArticleReference.Parse(text);

        act.Should().Throw<FormatException>().Which.Message.Should().Be(expected);
    }

    [Theory]
    [InlineData("27", "'27': the Measures have articles 1 to 26, not 27")]
    [InlineData("0", "'0': the Measures have articles 1 to 26, not 0")]
    [InlineData("12¶4", "'12¶4': article 12 has paragraphs 1 to 3, not 4")]
    [InlineData("9(1)", "'9(1)': article 9 has no enumerated items")]
    [InlineData("10¶1", "'10¶1': article 10 is a single paragraph")]
    [InlineData("5(5)", "'5(5)': article 5 has items (1) to (4), not (5)")]
    [InlineData("", "'' is not an article citation; write e.g. 9, 12¶1 or 10(2).")]
    [InlineData("abc", "'abc' is not an article citation; write e.g. 9, 12¶1 or 10(2).")]
    public void TryParse_returns_false_with_a_reason_naming_the_text(string text, string expected)
    {
        var parsed = ArticleReference.TryParse(text, out var reference, out var error);

        parsed.Should().BeFalse();
        error.Should().Be(expected);
        reference.Should().Be(default(ArticleReference));
    }

    [Fact]
    public void TryParse_of_null_returns_false()
    {
        var parsed = ArticleReference.TryParse(null, out _, out var error);

        parsed.Should().BeFalse();
        error.Should().Be("'' is not an article citation; write e.g. 9, 12¶1 or 10(2).");
    }

    [Fact]
    public void Parse_of_null_throws_ArgumentNullException()
    {
        var act = () => ArticleReference.Parse(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("text");
    }

    // Regex \d matches every Unicode decimal digit, but int.Parse only reads ASCII ones.
    [Theory]
    [InlineData("１２")]
    [InlineData("１２¶１")]
    [InlineData("١٢")]
    public void TryParse_of_non_ASCII_digits_returns_false_instead_of_throwing(string text)
    {
        var parsed = true;
        var error = string.Empty;
        var act = () => parsed = ArticleReference.TryParse(text, out _, out error);

        act.Should().NotThrow();
        parsed.Should().BeFalse();
        error.Should().Contain($"'{text}'");
    }

    [Theory]
    [InlineData("12¶1", "Art. 12 ¶1")]
    [InlineData("10(2)", "Art. 10(2)")]
    [InlineData("9", "Art. 9")]
    [InlineData("24(5)", "Art. 24(5)")]
    public void ToString_writes_the_English_citation(string text, string expected)
    {
        ArticleReference.Parse(text).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("Art. 12 ¶1", "12¶1")]
    [InlineData("10 ( 2 )", "10(2)")]
    [InlineData("Art.9", "9")]
    [InlineData("24(5)", "24(5)")]
    public void ToShortString_writes_the_form_of_rule_files(string text, string expected)
    {
        ArticleReference.Parse(text).ToShortString().Should().Be(expected);
    }

    [Theory]
    [InlineData("12¶1", "第十二条第一款")]
    [InlineData("10(2)", "第十条（二）")]
    [InlineData("24(5)", "第二十四条（五）")]
    [InlineData("9", "第九条")]
    [InlineData("26", "第二十六条")]
    [InlineData("20¶3", "第二十条第三款")]
    [InlineData("21¶4", "第二十一条第四款")]
    public void ToChineseString_writes_the_citation_as_the_Chinese_text_does(string text, string expected)
    {
        ArticleReference.Parse(text).ToChineseString().Should().Be(expected);
    }

    [Fact]
    public void Citations_are_ordered_as_the_Measures_are()
    {
        string[] texts = ["12¶2", "10(2)", "12¶1", "9", "12"];
        var shuffled = texts.Select(ArticleReference.Parse);

        shuffled.Order().Select(reference => reference.ToShortString())
            .Should().Equal("9", "10(2)", "12", "12¶1", "12¶2");
    }

    [Fact]
    public void Comparison_operators_follow_the_order_of_the_Measures()
    {
        var nine = ArticleReference.Of(9);
        var tenTwo = ArticleReference.OfItem(10, 2);
        var twelve = ArticleReference.Of(12);
        var twelveOne = ArticleReference.OfParagraph(12, 1);
        var twelveTwo = ArticleReference.OfParagraph(12, 2);

        (nine < tenTwo).Should().BeTrue();
        (tenTwo < twelve).Should().BeTrue();
        (twelve < twelveOne).Should().BeTrue();
        (twelveOne < twelveTwo).Should().BeTrue();
        (twelveTwo > nine).Should().BeTrue();
        (twelveOne > twelveTwo).Should().BeFalse();
        (twelve <= ArticleReference.Parse("12")).Should().BeTrue();
        (twelve >= ArticleReference.Parse("12")).Should().BeTrue();
        (twelveOne <= twelve).Should().BeFalse();
        twelve.CompareTo(ArticleReference.Parse("Art. 12")).Should().Be(0);
    }

    [Theory]
    [InlineData(0, "the Measures have articles 1 to 26, not 0")]
    [InlineData(27, "the Measures have articles 1 to 26, not 27")]
    [InlineData(-1, "the Measures have articles 1 to 26, not -1")]
    public void Of_rejects_an_article_the_Measures_do_not_have(int article, string expected)
    {
        var act = () => ArticleReference.Of(article);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage(expected + "*");
    }

    [Theory]
    [InlineData(12, 4, "article 12 has paragraphs 1 to 3, not 4")]
    [InlineData(12, 0, "article 12 has paragraphs 1 to 3, not 0")]
    [InlineData(10, 1, "article 10 is a single paragraph")]
    [InlineData(27, 1, "the Measures have articles 1 to 26, not 27")]
    public void OfParagraph_rejects_a_paragraph_the_article_does_not_have(int article, int paragraph, string expected)
    {
        var act = () => ArticleReference.OfParagraph(article, paragraph);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage(expected + "*");
    }

    [Theory]
    [InlineData(9, 1, "article 9 has no enumerated items")]
    [InlineData(5, 5, "article 5 has items (1) to (4), not (5)")]
    [InlineData(10, 0, "article 10 has items (1) to (3), not (0)")]
    [InlineData(0, 1, "the Measures have articles 1 to 26, not 0")]
    public void OfItem_rejects_an_item_the_article_does_not_have(int article, int item, string expected)
    {
        var act = () => ArticleReference.OfItem(article, item);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage(expected + "*");
    }

    [Fact]
    public void Of_OfParagraph_and_OfItem_accept_the_last_part_of_each_kind()
    {
        ArticleReference.Of(26).ToShortString().Should().Be("26");
        ArticleReference.OfParagraph(21, 4).ToShortString().Should().Be("21¶4");
        ArticleReference.OfItem(24, 5).ToShortString().Should().Be("24(5)");
        ArticleReference.Of(1).ToShortString().Should().Be("1");
    }
}

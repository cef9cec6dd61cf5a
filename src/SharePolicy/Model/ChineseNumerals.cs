namespace SharePolicy.Model;

/// <summary>Writes the small numbers that number articles, paragraphs and items as Chinese numerals.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Formats 1 to 99: 一, 十, 十二, 二十, 二十六.</summary>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 99);
        var tens = value / 10;
        var units = value % 10;
        var text = tens switch
        {
            0 => string.Empty,
            1 => "十",
            _ => $"{Digits[tens]}十",
        };
        return units == 0 ? text : text + Digits[units];
    }
}

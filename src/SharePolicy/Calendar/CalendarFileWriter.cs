using System.Globalization;
using System.Text;

namespace SharePolicy.Calendar;

/// <summary>
/// Writes a calendar year as a calendar file (docs/calendar.md), the format <see cref="WorkingDayCalendar.LoadAsync"/>
/// reads: what <c>sharepolicy calendar import</c> writes for a notice, so an operator can load a year the day its
/// notice is published.
/// </summary>
public static class CalendarFileWriter
{
    /// <summary>The YAML text of the year, with its kind, its source and each holiday arrangement in order.</summary>
    /// <exception cref="ArgumentException">The year is provisional: it is projected, never written as data.</exception>
    public static string Write(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (year.Kind == CalendarYearKind.Provisional)
        {
            throw new ArgumentException($"{year.Year} is a provisional year, projected from the statutory holidays; only a notice's days are written.", nameof(year));
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {Line(year.Source.ZhHans)}\n");
        text.Append(CultureInfo.InvariantCulture, $"year: {year.Year}\n");
        text.Append(CultureInfo.InvariantCulture, $"kind: {(year.Kind == CalendarYearKind.National ? "national" : "local")}\n");
        text.Append("source:\n");
        text.Append(CultureInfo.InvariantCulture, $"  zh-Hans: {Scalar(year.Source.ZhHans)}\n");
        text.Append(CultureInfo.InvariantCulture, $"  en: {Scalar(year.Source.En)}\n");
        text.Append(year.Holidays.Count == 0 ? "holidays: []\n" : "holidays:\n");
        foreach (var holiday in year.Holidays)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - zh-Hans: {Scalar(holiday.Name.ZhHans)}\n");
            text.Append(CultureInfo.InvariantCulture, $"    en: {Scalar(holiday.Name.En)}\n");
            text.Append(CultureInfo.InvariantCulture, $"    off: {{ from: {holiday.Off.Start:uuuu-MM-dd}, to: {holiday.Off.End:uuuu-MM-dd} }}\n");
            text.Append(CultureInfo.InvariantCulture, $"    workdays: [{string.Join(", ", holiday.Workdays.Select(day => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)))}]\n");
        }

        return text.ToString();
    }

    private static string Line(string text) => text.ReplaceLineEndings(" ");

    // Plain when YAML would read it back as the same text, double-quoted otherwise.
    private static string Scalar(string text)
    {
        var plain = text.Length > 0 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])
            && "-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0], StringComparison.Ordinal) < 0
            && !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal)
            && !text.Any(char.IsControl)
            && text is not ("true" or "false" or "null" or "~" or "yes" or "no");
        if (plain)
        {
            return text;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                _ when char.IsControl(c) => FormattableString.Invariant($"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using SharePolicy.Model;

namespace SharePolicy.Calendar;

/// <summary>
/// The text of a State Council General Office holiday notice, as published: 《国务院办公厅关于YYYY年部分节假日安排的通知》,
/// or a later notice that changes a year (《国务院办公厅关于调整2019年劳动节假期安排的通知》,
/// 《国务院办公厅关于延长2020年春节假期的通知》). <see cref="ToCalendarYear"/> turns a year's notice, with its amendments
/// applied in order, into that year's calendar, checked against the statutory holidays of 《全国年节及纪念日放假办法》.
/// </summary>
/// <remarks>
/// Each numbered item (<c>二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。</c>)
/// gives a holiday's days off (a range, a single day <c>与周末连休</c>, a day and its <c>补休</c>) and its adjusted working
/// days (<c>上班</c>). Every weekday and lunar date the text notes in brackets, and every <c>共N天</c>, is checked against the
/// dates; a sentence with a date and 放假, 补休 or 上班 that cannot be read refuses the notice. Sentences without such
/// words (<c>鼓励……在除夕（2月9日）休息</c>) are not arrangements and are passed over.
/// </remarks>
public sealed partial class HolidayNotice
{
    private const string Numerals = "一二三四五六七八九十";

    private HolidayNotice(string name, string title, int year, string? number, string? amendedHoliday, string? amendmentVerb, IReadOnlyList<NoticeItem> items)
    {
        Name = name;
        Title = title;
        Year = year;
        Number = number;
        AmendedHoliday = amendedHoliday;
        AmendmentVerb = amendmentVerb;
        Items = items;
    }

    /// <summary>The notice as errors name it: its file name, or its title.</summary>
    public string Name { get; }

    /// <summary>The notice's title, e.g. 国务院办公厅关于2026年部分节假日安排的通知.</summary>
    public string Title { get; }

    /// <summary>The year the notice arranges.</summary>
    public int Year { get; }

    /// <summary>Its 发文字号, e.g. 国办发明电〔2025〕7号; null when the text does not give it.</summary>
    public string? Number { get; }

    /// <summary>True for a notice that changes a year another notice arranged (调整…假期安排, 延长…假期).</summary>
    public bool IsAmendment => AmendedHoliday is not null;

    // The holiday an amendment changes (from its title), and how: 调整 or 延长.
    private string? AmendedHoliday { get; }

    private string? AmendmentVerb { get; }

    private IReadOnlyList<NoticeItem> Items { get; }

    /// <summary>Reads the text of a notice.</summary>
    /// <param name="text">The notice's text: its title on the first line, then its 发文字号 if published with it, its items.</param>
    /// <param name="name">How errors name the notice, e.g. its file name; its title when null.</param>
    /// <param name="number">The 发文字号, when the published text leaves it out (it must agree when the text has one).</param>
    /// <exception cref="HolidayNoticeException">The text is not a holiday notice, or an item cannot be read or contradicts itself.</exception>
    public static HolidayNotice Parse(string text, string? name = null, string? number = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var title = lines.Length > 0 ? lines[0] : string.Empty;
        name ??= title.Length > 0 ? title : "notice";
        int year;
        string? amended = null;
        string? verb = null;
        if (YearNoticeTitle().Match(title) is { Success: true } yearly)
        {
            year = int.Parse(yearly.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if (AmendmentTitle().Match(title) is { Success: true } amendment)
        {
            year = int.Parse(amendment.Groups["year"].Value, CultureInfo.InvariantCulture);
            amended = amendment.Groups["holiday"].Value;
            verb = amendment.Groups["verb"].Value;
            if (Known(amended) is null)
            {
                throw new HolidayNoticeException(name, title, $"'{amended}' is not a holiday of 《全国年节及纪念日放假办法》");
            }
        }
        else
        {
            throw new HolidayNoticeException(name, title.Length > 0 ? title : "(empty)",
                "this is not a holiday notice: its first line must be its title, 国务院办公厅关于YYYY年部分节假日安排的通知 or a notice that changes one (调整…假期安排, 延长…假期)");
        }

        if (year is < ChineseDates.FirstYear or > ChineseDates.LastYear - 1)
        {
            throw new HolidayNoticeException(name, title, $"{year} is outside the years whose statutory holidays can be checked ({ChineseDates.FirstYear} to {ChineseDates.LastYear - 1})");
        }

        var stated = lines.FirstOrDefault(line => NumberLine().IsMatch(line));
        if (number is not null && !NumberLine().IsMatch(number))
        {
            throw new HolidayNoticeException(name, title, $"'{number}' is not a 发文字号; write it as 国办发明电〔2025〕7号");
        }

        if (stated is not null && number is not null && stated != number)
        {
            throw new HolidayNoticeException(name, title, $"the text gives the number {stated}, not {number}");
        }

        var items = new List<NoticeItem>();
        foreach (var line in lines.Skip(1))
        {
            if (ItemLine().Match(line) is { Success: true } item && new NoticeReader(name, year, amended, item).Read() is { } read)
            {
                items.Add(read);
            }
        }

        if (items.Count == 0)
        {
            throw new HolidayNoticeException(name, title, "no item of the notice gives days off (一、元旦：1月1日放假……); is this the whole text?");
        }

        return new HolidayNotice(name, title, year, stated ?? number, amended, verb, items);
    }

    /// <summary>
    /// The calendar of the notice's year, with each amendment applied in order (an item replaces its holiday's days off
    /// and working days; 延长…至 extends them), checked against the statutory holidays of the law in force that year.
    /// The source names the notice and each amendment, with their 发文字号.
    /// </summary>
    /// <param name="amendments">Later notices that change the year, in the order they were issued.</param>
    /// <returns>The year, as a national calendar file holds it.</returns>
    /// <exception cref="HolidayNoticeException">
    /// This notice is an amendment, an amendment is for another year, or the year's days disagree with the statutory
    /// holidays (a statutory day not off, a holiday with no item), naming the item and why.
    /// </exception>
    public CalendarYear ToCalendarYear(params IEnumerable<HolidayNotice> amendments)
    {
        ArgumentNullException.ThrowIfNull(amendments);
        if (IsAmendment)
        {
            throw new HolidayNoticeException(Name, Title, "this notice changes a year; import the year's own notice and give this one as its amendment");
        }

        var holidays = Items.ToList();
        var zh = Source(Title, Number);
        var en = FormattableString.Invariant($"General Office of the State Council, Notice on the arrangement of some holidays in {Year}{EnglishNumber(Number)}");
        foreach (var amendment in amendments)
        {
            ArgumentNullException.ThrowIfNull(amendment, nameof(amendments));
            if (!amendment.IsAmendment || amendment.Year != Year)
            {
                throw new HolidayNoticeException(amendment.Name, amendment.Title,
                    amendment.IsAmendment ? $"it changes {amendment.Year}, not {Year}" : "it is a year's own notice, not one that changes a year");
            }

            foreach (var change in amendment.Items)
            {
                Apply(amendment, change, holidays);
            }

            var holiday = Known(amendment.AmendedHoliday!)!;
            var extended = amendment.AmendmentVerb == "延长";
            zh += $"；{holiday.ZhHans}依{Source(amendment.Title, amendment.Number)}{amendment.AmendmentVerb}";
            en += FormattableString.Invariant(
                $"; {holiday.En} as {(extended ? "extended" : "amended")} by the Notice on {(extended ? "extending" : "adjusting")} the {Year} {holiday.En} holiday{(extended ? string.Empty : " arrangement")}{EnglishNumber(amendment.Number)}");
        }

        CheckStatutoryDays(holidays);
        try
        {
            return new CalendarYear(Year, new BilingualText(zh, en), holidays.Select(item => item.ToHoliday()).ToArray());
        }
        catch (ArgumentException exception)
        {
            throw new HolidayNoticeException(Name, Title, exception.Message);
        }
    }

    private static string Source(string title, string? number) => number is null ? title : $"{title}（{number}）";

    // 国办发明电〔2025〕7号 → " (Guobanfa Mingdian [2025] No. 7)".
    private static string EnglishNumber(string? number) =>
        number is not null && NumberLine().Match(number) is { Success: true } parts
            ? $" (Guobanfa Mingdian [{parts.Groups["year"].Value}] No. {parts.Groups["serial"].Value})"
            : string.Empty;

    private static BilingualText? Known(string name) => StatutoryHoliday.Names.FirstOrDefault(holiday => holiday.ZhHans == name);

    private static void Apply(HolidayNotice amendment, NoticeItem change, List<NoticeItem> holidays)
    {
        var name = change.Names.Count > 0 ? change.Names[0] : amendment.AmendedHoliday!;
        var index = holidays.FindIndex(item => item.Names.Contains(name));
        if (index < 0)
        {
            throw new HolidayNoticeException(amendment.Name, change.Label, $"the year's notice has no item for {name} to change");
        }

        var target = holidays[index];
        if (change.ExtendTo is { } end)
        {
            if (end < target.To)
            {
                throw new HolidayNoticeException(amendment.Name, change.Label, $"it extends {name} to {end:uuuu-MM-dd}, before its days off end ({target.To:uuuu-MM-dd})");
            }

            // Days the extension makes off are no longer working days (2020: Saturday 1 February).
            holidays[index] = target with { To = end, Workdays = [.. target.Workdays.Where(day => day < target.From || day > end), .. change.Workdays] };
        }
        else
        {
            holidays[index] = target with { From = change.From, To = change.To, Workdays = change.Workdays };
        }
    }

    // Every holiday of the law has an item, and every statutory day of it is off in that item.
    private void CheckStatutoryDays(List<NoticeItem> holidays)
    {
        foreach (var statutory in StatutoryHoliday.Of(Year))
        {
            var item = holidays.FirstOrDefault(candidate => candidate.Names.Contains(statutory.Name.ZhHans));
            if (item is null)
            {
                throw new HolidayNoticeException(Name, Title, $"it arranges no {statutory.Name.ZhHans} ({statutory.Name.En}), a holiday of 《全国年节及纪念日放假办法》");
            }

            foreach (var day in statutory.Days)
            {
                if (day < item.From || day > item.To)
                {
                    throw new HolidayNoticeException(Name, item.Label,
                        $"{day:uuuu-MM-dd} is a statutory day of {statutory.Name.ZhHans} under the holiday law {(Year >= StatutoryHoliday.Revision2024InForce.Year ? "as revised in 2024 (in force 2025-01-01)" : "before its 2024 revision")}, "
                        + $"but the item gives {item.From:uuuu-MM-dd} to {item.To:uuuu-MM-dd} off");
                }
            }
        }
    }

    [GeneratedRegex(@"^国务院办公厅关于(?<year>\d{4})年部分节假日安排的通知$")]
    private static partial Regex YearNoticeTitle();

    [GeneratedRegex(@"^国务院办公厅关于(?<verb>调整|延长)(?<year>\d{4})年(?<holiday>\p{IsCJKUnifiedIdeographs}+?)假期(?:安排)?的通知$")]
    private static partial Regex AmendmentTitle();

    [GeneratedRegex(@"^国办发明电〔(?<year>\d{4})〕(?<serial>\d{1,3})号$")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?<number>[一二三四五六七八九十]+)、(?<body>.+)$")]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"(?:(?<year>\d{4})年)?(?:(?<month>\d{1,2})月)?(?<day>\d{1,2})日(?:（(?<note>[^（）]*)）)?")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<names>(?:元旦|春节|清明节|劳动节|端午节|中秋节|国庆节)(?:、(?:元旦|春节|清明节|劳动节|端午节|中秋节|国庆节))*)：(?<rest>.*)$")]
    private static partial Regex NamedItem();

    [GeneratedRegex(@"^农历(?<month>正|二|三|四|五|六|七|八|九|十|冬|腊|十一|十二)月(?<day>初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|二十[一二三四五六七八九]|三十)$")]
    private static partial Regex LunarNote();

    /// <summary>One item of a notice: the holidays it names, their days off and adjusted working days.</summary>
    private sealed record NoticeItem(string Label, IReadOnlyList<string> Names, LocalDate From, LocalDate To, IReadOnlyList<LocalDate> Workdays, LocalDate? ExtendTo)
    {
        public Holiday ToHoliday()
        {
            var name = string.Join("、", Names);
            var en = string.Join(" and ", Names.Select(holiday => Known(holiday)!.En));
            return new Holiday(new BilingualText(name, en), new DateInterval(From, To), Workdays);
        }
    }

    /// <summary>Reads one numbered item, sentence by sentence; null for an item that arranges no days.</summary>
    private sealed class NoticeReader(string notice, int year, string? amended, Match item)
    {
        private readonly string _label = ItemLabel(item);
        private LocalDate? _from;
        private LocalDate? _to;
        private LocalDate? _extendTo;
        private readonly List<LocalDate> _workdays = [];

        public NoticeItem? Read()
        {
            var body = item.Groups["body"].Value;
            var named = NamedItem().Match(body);
            string[] names = named.Success ? named.Groups["names"].Value.Split('、') : [];
            var rest = named.Success ? named.Groups["rest"].Value : body;
            var arranges = false;
            foreach (var sentence in rest.Split('。', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                arranges |= ReadSentence(sentence);
            }

            if (!arranges)
            {
                return null; // an item about duty rosters, schools or pay, not days
            }

            if (names.Length == 0 && amended is null)
            {
                throw Error("it arranges days but names no holiday (write 二、春节：…)");
            }

            if (_extendTo is { } extended)
            {
                return new NoticeItem(_label, names, extended, extended, _workdays, extended);
            }

            if (_from is not { } from || _to is not { } to)
            {
                throw Error("it gives working days but no days off");
            }

            return new NoticeItem(_label, names, from, to, _workdays, null);
        }

        // True when the sentence arranges days; throws when it seems to but cannot be read.
        private bool ReadSentence(string sentence)
        {
            var dates = Dates(sentence);
            var words = sentence.Contains("放假", StringComparison.Ordinal) || sentence.Contains("补休", StringComparison.Ordinal)
                || sentence.Contains("上班", StringComparison.Ordinal) || sentence.Contains("假期至", StringComparison.Ordinal);
            if (dates.Count == 0 || !words)
            {
                return false;
            }

            if (sentence.Contains("假期至", StringComparison.Ordinal) && sentence.StartsWith("延长", StringComparison.Ordinal))
            {
                ReadExtension(sentence, dates);
            }
            else if (sentence.Contains("放假", StringComparison.Ordinal))
            {
                ReadDaysOff(sentence, dates);
            }
            else if (sentence.EndsWith("上班", StringComparison.Ordinal))
            {
                foreach (var (date, _, _) in dates)
                {
                    AddWorkday(date, sentence);
                }
            }
            else
            {
                throw Error($"'{sentence}' cannot be read as days off (…放假) or working days (…上班)");
            }

            return true;
        }

        private void ReadDaysOff(string sentence, List<(LocalDate Date, int Start, int End)> dates)
        {
            if (_from is not null)
            {
                throw Error("it gives days off twice");
            }

            var off = sentence.IndexOf("放假", StringComparison.Ordinal);
            var (from, _, fromEnd) = dates[0];
            var to = from;
            var rangeEnd = fromEnd;
            if (dates.Count > 1 && dates[1].Start < off && sentence.AsSpan(fromEnd, dates[1].Start - fromEnd).Trim().SequenceEqual("至"))
            {
                to = dates[1].Date;
                rangeEnd = dates[1].End;
            }

            // The days off are the sentence's opening date or range, followed at once by 放假.
            if (dates[0].Start != 0 || !sentence.AsSpan(rangeEnd, Math.Max(off - rangeEnd, 0)).Trim().IsEmpty || off < rangeEnd)
            {
                throw Error($"'{sentence}' does not give its days off as a date or a range (M月D日至D日放假)");
            }

            if (to < from)
            {
                throw Error($"its days off run backwards, {from:uuuu-MM-dd} to {to:uuuu-MM-dd}");
            }

            foreach (var (date, start, end) in dates.Where(date => date.Start > off))
            {
                // 1月1日放假，1月2日（星期一）补休: the make-up day off extends the range when it follows it.
                if (!sentence.AsSpan(end).TrimStart().StartsWith("补休") || date != to.PlusDays(1))
                {
                    throw Error($"'{sentence.Substring(start, end - start)}' after 放假 is not a 补休 day following the days off");
                }

                to = date;
            }

            var days = Period.DaysBetween(from, to) + 1;
            foreach (Match count in DayCount().Matches(sentence))
            {
                if (int.Parse(count.Groups["days"].Value, CultureInfo.InvariantCulture) != days)
                {
                    throw Error($"it says {count.Value}, but {from:uuuu-MM-dd} to {to:uuuu-MM-dd} is {days} days");
                }
            }

            (_from, _to) = (from, to);
        }

        // 延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。
        private void ReadExtension(string sentence, List<(LocalDate Date, int Start, int End)> dates)
        {
            var until = sentence.IndexOf("假期至", StringComparison.Ordinal) + 3;
            var end = dates.FirstOrDefault(date => date.Start == until);
            if (end.End == 0)
            {
                throw Error($"'{sentence}' does not say to which day the holiday is extended");
            }

            _extendTo = end.Date;
            foreach (var (date, _, dateEnd) in dates.Where(date => date.Start > end.Start))
            {
                if (!sentence.AsSpan(dateEnd).TrimStart().StartsWith("起正常上班") || date != end.Date.PlusDays(1))
                {
                    throw Error($"'{sentence}' has a date that is neither the end of the extension nor the day normal work resumes");
                }

                // Work resumes on the next day: a weekday is an ordinary working day, not an adjusted one.
                if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
                {
                    AddWorkday(date, sentence);
                }
            }
        }

        private void AddWorkday(LocalDate date, string sentence)
        {
            if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                throw Error($"{date:uuuu-MM-dd} ({sentence}) is a {date.DayOfWeek}: a 上班 day of a notice is a Saturday or Sunday made a working day");
            }

            _workdays.Add(date);
        }

        // Every date of the sentence, each in full: a date without a year or month takes them from the one before it.
        private List<(LocalDate Date, int Start, int End)> Dates(string sentence)
        {
            var dates = new List<(LocalDate, int, int)>();
            int? lastYear = null;
            int? lastMonth = null;
            foreach (Match match in DatePattern().Matches(sentence))
            {
                var y = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : lastYear ?? year;
                var m = match.Groups["month"].Success ? int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture) : lastMonth
                    ?? throw Error($"'{match.Value}' gives no month");
                var d = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
                if (m is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, m))
                {
                    throw Error($"'{match.Value}' is not a date");
                }

                var date = new LocalDate(y, m, d);
                if (date.Year != year && !(date.Year == year - 1 && date.Month == 12))
                {
                    throw Error($"{date:uuuu-MM-dd} is not in {year}, nor in the December before it");
                }

                if (match.Groups["note"].Success)
                {
                    CheckNote(date, match.Groups["note"].Value);
                }

                (lastYear, lastMonth) = (y, m);
                dates.Add((date, match.Index, match.Index + match.Length));
            }

            return dates;
        }

        // （星期六）, （周日）, （农历除夕、周二）, （农历正月初九，星期日）: each must be true of the date.
        private void CheckNote(LocalDate date, string note)
        {
            foreach (var part in note.Split('、', '，'))
            {
                if ((part.Length == 2 && part[0] == '周') || (part.Length == 3 && part.StartsWith("星期", StringComparison.Ordinal)))
                {
                    var stated = "一二三四五六日".IndexOf(part[^1] == '天' ? '日' : part[^1], StringComparison.Ordinal) + 1;
                    if (stated != (int)date.DayOfWeek)
                    {
                        throw Error($"{date:uuuu-MM-dd} is noted {part}, but it is a {date.DayOfWeek}");
                    }
                }
                else if (part == "农历除夕")
                {
                    if (date != ChineseDates.NewYearsEve(date.Year) && date != ChineseDates.NewYearsEve(date.Year + 1))
                    {
                        throw Error($"{date:uuuu-MM-dd} is noted 农历除夕, but New Year's Eve is {ChineseDates.NewYearsEve(date.Year + (date.Month == 12 ? 1 : 0)):uuuu-MM-dd}");
                    }
                }
                else if (LunarNote().Match(part) is { Success: true } lunar)
                {
                    var (month, leap, day) = ChineseDates.ToLunar(date);
                    if (leap || month != LunarMonth(lunar.Groups["month"].Value) || day != LunarDay(lunar.Groups["day"].Value))
                    {
                        throw Error($"{date:uuuu-MM-dd} is noted {part}, but it is day {day} of lunar month {month}{(leap ? " (leap)" : string.Empty)}");
                    }
                }
                else
                {
                    throw Error($"the note '{part}' of {date:uuuu-MM-dd} is neither a weekday nor a lunar date");
                }
            }
        }

        private static int LunarMonth(string name) => name switch
        {
            "正" => 1,
            "冬" or "十一" => 11,
            "腊" or "十二" => 12,
            _ => Numerals.IndexOf(name, StringComparison.Ordinal) + 1,
        };

        private static int LunarDay(string name) => name switch
        {
            ['初', var unit] => Numerals.IndexOf(unit) + 1,
            ['十', var unit] => 10 + Numerals.IndexOf(unit) + 1,
            "二十" => 20,
            "三十" => 30,
            ['廿', var unit] => 20 + Numerals.IndexOf(unit) + 1,
            ['二', '十', var unit] => 20 + Numerals.IndexOf(unit) + 1,
            _ => 0,
        };

        private static string ItemLabel(Match item)
        {
            var body = item.Groups["body"].Value;
            var colon = body.IndexOf('：', StringComparison.Ordinal);
            return $"{item.Groups["number"].Value}、{(colon > 0 && colon <= 12 ? body[..colon] : body[..Math.Min(body.Length, 12)] + "…")}";
        }

        private HolidayNoticeException Error(string reason) => new(notice, _label, reason);
    }

    [GeneratedRegex(@"(?:共|放假)(?<days>\d{1,2})天")]
    private static partial Regex DayCount();
}

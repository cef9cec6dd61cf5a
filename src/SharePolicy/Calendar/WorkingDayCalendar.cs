using System.Reflection;
using NodaTime;
using SharePolicy.Files;
using SharePolicy.Model;

namespace SharePolicy.Calendar;

/// <summary>
/// Mainland China's working days (工作日): Monday to Friday, less statutory holidays, plus the weekend days a
/// yearly notice makes working days (调休上班日). Covers whole years, contiguous; a date outside them throws
/// <see cref="CalendarRangeException"/>. Immutable and thread-safe; every query is a table look-up.
/// </summary>
public sealed class WorkingDayCalendar
{
    private const string EmbeddedPrefix = "SharePolicy.Calendar.";

    private static readonly Lazy<WorkingDayCalendar> DefaultCalendar = new(LoadEmbedded);

    private readonly int _firstDay;          // DateOnly.DayNumber of First
    private readonly bool[] _working;         // by day offset from First
    private readonly int[] _workingUpTo;      // working days in [First, day], by day offset
    private readonly int[] _workingDayOffsets; // the offset of the k-th working day (k from 0)
    private readonly Dictionary<LocalDate, Holiday> _holidayOn;

    private WorkingDayCalendar(IReadOnlyList<CalendarYear> years)
    {
        Years = years;
        First = new LocalDate(years.Min(year => year.Year), 1, 1);
        Last = new LocalDate(years.Max(year => year.Year), 12, 31);
        LastConfirmed = new LocalDate(years.Where(year => year.Kind == CalendarYearKind.National).Max(year => year.Year), 12, 31);
        _firstDay = DayNumber(First);
        var days = DayNumber(Last) - _firstDay + 1;
        _working = new bool[days];
        for (var offset = 0; offset < days; offset++)
        {
            _working[offset] = Date(offset).DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
        }

        _holidayOn = [];
        foreach (var year in years)
        {
            foreach (var holiday in year.Holidays)
            {
                foreach (var day in holiday.Off)
                {
                    Mark(day, working: false, holiday, year);
                }

                foreach (var day in holiday.Workdays)
                {
                    Mark(day, working: true, holiday, year);
                }
            }
        }

        _workingUpTo = new int[days];
        var count = 0;
        var offsets = new List<int>(days);
        for (var offset = 0; offset < days; offset++)
        {
            if (_working[offset])
            {
                count++;
                offsets.Add(offset);
            }

            _workingUpTo[offset] = count;
        }

        _workingDayOffsets = [.. offsets];
    }

    /// <summary>
    /// The calendar of the State Council's yearly holiday notices embedded in the package, 2016 onwards
    /// (docs/calendar.md lists the notices). Loaded on first use and shared.
    /// </summary>
    public static WorkingDayCalendar China => DefaultCalendar.Value;

    /// <summary>The first date covered: 1 January of the first year.</summary>
    public LocalDate First { get; }

    /// <summary>The last date covered: 31 December of the last year, provisional or not.</summary>
    public LocalDate Last { get; }

    /// <summary>
    /// The last date a State Council notice confirms: 31 December of the last national year. Days after it, up to
    /// <see cref="Last"/>, are provisional (<see cref="WithProvisionalYears"/>).
    /// </summary>
    public LocalDate LastConfirmed { get; }

    /// <summary>The years projected from the statutory holidays alone, after <see cref="LastConfirmed"/>; empty unless asked for.</summary>
    public IReadOnlyList<int> ProvisionalYears =>
        [.. Years.Where(year => year.Kind == CalendarYearKind.Provisional).Select(year => year.Year)];

    /// <summary>The notices the calendar is made of (national, local, provisional), national first, each kind in year order.</summary>
    public IReadOnlyList<CalendarYear> Years { get; }

    /// <summary>
    /// Makes a calendar of yearly notices: one national notice per year (<see cref="CalendarYearKind.National"/>), the
    /// years following each other without a gap, and any local days (<see cref="CalendarYearKind.Local"/>) added to years
    /// the national notices cover. A local year never extends the calendar: a year without its national notice cannot
    /// be counted from weekends and local days alone.
    /// </summary>
    /// <exception cref="CalendarLoadException">
    /// No national year is given, two are given for one year, a year is missing between two others, a local year has no
    /// national year, or one day is both off and a working day.
    /// </exception>
    public static WorkingDayCalendar Create(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var all = years.ToArray();
        if (Array.IndexOf(all, null) is var index and >= 0)
        {
            throw new ArgumentException($"Calendar year at index {index} is null.", nameof(years));
        }

        var national = all.Where(year => year.Kind == CalendarYearKind.National).OrderBy(year => year.Year).ToArray();
        if (national.Length == 0)
        {
            throw new CalendarLoadException("calendar", all.Length == 0 ? "no year is given" : "no national year is given; local days only add to a national year");
        }

        if (national.GroupBy(year => year.Year).FirstOrDefault(group => group.Count() > 1) is { } twice)
        {
            throw new CalendarLoadException("calendar", $"two national notices are given for {twice.Key}; a year has one (apply an amending notice to it instead)");
        }

        var first = national[0].Year;
        var last = national[^1].Year;
        var missing = Enumerable.Range(first, last - first + 1).Except(national.Select(year => year.Year)).ToArray();
        if (missing.Length > 0)
        {
            throw new CalendarLoadException("calendar", $"years {first} to {last} are given but {string.Join(", ", missing)} is missing");
        }

        if (all.FirstOrDefault(year => year.Kind == CalendarYearKind.Provisional) is { } projected)
        {
            throw new CalendarLoadException(projected.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "a provisional year is projected by WithProvisionalYears, not given");
        }

        if (all.FirstOrDefault(year => year.Kind == CalendarYearKind.Local && (year.Year < first || year.Year > last)) is { } stray)
        {
            throw new CalendarLoadException(
                stray.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"local days ({stray.Source.En}) are given for {stray.Year}, which the national calendar ({first} to {last}) does not cover; "
                + $"load the State Council's notice for {stray.Year} first (sharepolicy calendar import), or load the files alone as the whole calendar");
        }

        // National days first, so that a local day that contradicts one is reported against it.
        return new WorkingDayCalendar([.. national, .. all.Where(year => year.Kind == CalendarYearKind.Local).OrderBy(year => year.Year)]);
    }

    /// <summary>
    /// Loads every <c>*.yaml</c> calendar file of a directory, added to the embedded national calendar or replacing it.
    /// A file says <c>kind: national</c> for a State Council notice (it adds its year to the national calendar, or
    /// replaces the embedded notice of that year) and <c>kind: local</c>, the default, for days a province or city adds to
    /// a national year. The files are read as rule files are: regular files inside the directory only, hidden and editor
    /// files skipped, each at most 1 MiB.
    /// </summary>
    /// <param name="directory">The directory of calendar files, one notice per file.</param>
    /// <param name="withNationalCalendar">
    /// True to add the files to <see cref="China"/>'s notices; false when the files are the whole calendar, which then
    /// needs a national file for each of its years.
    /// </param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="CalendarLoadException">A file cannot be read or is malformed, or the years do not fit together; every file's problems are listed.</exception>
    /// <exception cref="OperationCanceledException">The load was cancelled.</exception>
    public static async Task<WorkingDayCalendar> LoadAsync(string directory, bool withNationalCalendar, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The calendar directory '{directory}' does not exist.");
        }

        var (files, unread) = await DataDirectory.ReadAsync(directory, [".yaml"], cancellationToken).ConfigureAwait(false);
        var problems = unread.Select(problem => new YamlProblem(problem.Path, 1, 1, problem.Reason)).ToList();
        var read = new List<CalendarYear>(files.Count);
        foreach (var file in files)
        {
            try
            {
                read.Add(CalendarFileReader.Read(file.Path, file.Content, CalendarYearKind.Local));
            }
            catch (CalendarLoadException exception) when (exception.Problems is { } found)
            {
                problems.AddRange(found);
            }
        }

        if (problems.Count > 0)
        {
            throw new CalendarLoadException(problems);
        }

        if (!withNationalCalendar)
        {
            return Create(read);
        }

        // A national notice in the directory adds its year, or stands for the embedded notice of that year.
        var replaced = read.Where(year => year.Kind == CalendarYearKind.National).Select(year => year.Year).ToHashSet();
        return Create([.. China.Years.Where(year => !replaced.Contains(year.Year)), .. read]);
    }

    /// <summary>
    /// This calendar with <paramref name="years"/> more years after <see cref="LastConfirmed"/>, projected from the
    /// statutory holidays of 《全国年节及纪念日放假办法》 alone (<see cref="StatutoryHoliday.Of"/>): lunar festivals by the
    /// Chinese lunisolar calendar, Qingming by its solar term, no bridging days and no adjusted working days. A deadline
    /// that counts one of their days says so (<see cref="Deadline.IsProvisional"/>). The projection is the opt-in of a
    /// host that would rather decide with a provisional date than refuse; a notice loaded later replaces it.
    /// </summary>
    /// <param name="years">How many years to project: 0 (the calendar as confirmed) to 10.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is outside 0 to 10, or would pass 2099.</exception>
    public WorkingDayCalendar WithProvisionalYears(int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(years, 10);
        var confirmed = Years.Where(year => year.Kind != CalendarYearKind.Provisional).ToArray();
        var from = LastConfirmed.Year + 1;
        if (from + years - 1 > ChineseDates.LastYear - 1)
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, $"Statutory holidays can be projected up to {ChineseDates.LastYear - 1}.");
        }

        if (years == 0 && confirmed.Length == Years.Count)
        {
            return this;
        }

        var projected = Enumerable.Range(from, years).Select(Projected);
        return new WorkingDayCalendar([.. confirmed, .. projected]);
    }

    /// <summary>True when <paramref name="date"/> is in a provisional year (after <see cref="LastConfirmed"/>, up to <see cref="Last"/>).</summary>
    public bool IsProvisional(LocalDate date) => date > LastConfirmed && date <= Last;

    /// <summary>True when <paramref name="date"/> is a working day.</summary>
    /// <exception cref="CalendarRangeException">The date is outside the calendar.</exception>
    public bool IsWorkingDay(LocalDate date) => _working[Offset(date)];

    /// <summary>The holiday arrangement that makes <paramref name="date"/> a day off or an adjusted working day; null for an ordinary day.</summary>
    /// <exception cref="CalendarRangeException">The date is outside the calendar.</exception>
    public Holiday? HolidayOn(LocalDate date)
    {
        Offset(date);
        return _holidayOn.GetValueOrDefault(date);
    }

    /// <summary>The first working day after <paramref name="date"/>.</summary>
    /// <exception cref="CalendarRangeException">The date, or the answer, is outside the calendar.</exception>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="date"/>, not counting
    /// <paramref name="date"/> itself (Civil Code Art. 201); 0 gives <paramref name="date"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    /// <exception cref="CalendarRangeException">
    /// The date is outside the calendar, or the answer would be: the exception then names the first date after the
    /// calendar's last, the first one it cannot classify.
    /// </exception>
    public LocalDate AddWorkingDays(LocalDate date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var offset = Offset(date);
        if (days == 0)
        {
            return date;
        }

        // In long: a count of days near int.MaxValue must run off the calendar, not overflow into it.
        var index = (long)_workingUpTo[offset] + days - 1;
        return index < _workingDayOffsets.Length
            ? Date(_workingDayOffsets[index])
            : throw new CalendarRangeException(nameof(days), Last.PlusDays(1), First, Last);
    }

    /// <summary>
    /// How many working days fall after <paramref name="start"/> up to and including <paramref name="end"/>;
    /// negative when <paramref name="end"/> is before <paramref name="start"/>.
    /// So <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>.
    /// </summary>
    /// <exception cref="CalendarRangeException">A date is outside the calendar.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end) =>
        _workingUpTo[Offset(end)] - _workingUpTo[Offset(start)];

    // A year without its notice: the statutory holidays alone, each its own arrangement.
    private static CalendarYear Projected(int year) => new(
        year,
        new BilingualText(
            FormattableString.Invariant($"依《全国年节及纪念日放假办法》推算的{year}年法定节假日（未载入国务院办公厅{year}年部分节假日安排的通知，暂定）"),
            FormattableString.Invariant($"{year}'s statutory holidays projected from the National Holidays Measures (the State Council's notice for {year} is not loaded: provisional)")),
        [.. StatutoryHoliday.Of(year).Select(holiday => new Holiday(holiday.Name, new DateInterval(holiday.Days[0], holiday.Days[^1]), []))])
    {
        Kind = CalendarYearKind.Provisional,
    };

    private void Mark(LocalDate day, bool working, Holiday holiday, CalendarYear year)
    {
        if (day < First || day > Last)
        {
            return; // a neighbouring year's day that the calendar does not cover
        }

        if (_holidayOn.TryGetValue(day, out var other))
        {
            if (_working[Offset(day)] != working)
            {
                throw new CalendarLoadException(
                    year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"{day:uuuu-MM-dd} is a day off for {(working ? other : holiday).Name.ZhHans} and a working day for {(working ? holiday : other).Name.ZhHans}");
            }

            return; // named again by a local file: the national arrangement keeps the day
        }

        _working[Offset(day)] = working;
        _holidayOn[day] = holiday;
    }

    private int Offset(LocalDate date, string paramName = "date")
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"{date} is not in the ISO calendar.", paramName);
        }

        // Compared as dates first: a day before year 1 has no DateOnly day number to subtract.
        return date >= First && date <= Last ? DayNumber(date) - _firstDay : throw new CalendarRangeException(paramName, date, First, Last);
    }

    private LocalDate Date(int offset) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(_firstDay + offset));

    private static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;

    private static WorkingDayCalendar LoadEmbedded()
    {
        var assembly = typeof(WorkingDayCalendar).Assembly;
        var years = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => CalendarFileReader.Read("calendar/" + name[EmbeddedPrefix.Length..], ReadResource(assembly, name), CalendarYearKind.National));
        return Create(years);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

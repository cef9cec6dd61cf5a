using SharePolicy.Model;

namespace SharePolicy.Calendar;

/// <summary>The holiday arrangements one notice publishes for one year.</summary>
/// <param name="Year">The year the notice is for.</param>
/// <param name="Source">The notice, e.g. 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）.</param>
/// <param name="Holidays">Its holiday arrangements. Days of a neighbouring year that the notice states (e.g. a
/// make-up working day in December for the New Year holiday) belong to it.</param>
/// <exception cref="ArgumentNullException">The source or the holidays are null.</exception>
public sealed record CalendarYear(int Year, BilingualText Source, IReadOnlyList<Holiday> Holidays)
{
    /// <summary>The notice, e.g. 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）.</summary>
    public BilingualText Source { get; init => field = value ?? throw new ArgumentNullException(nameof(Source)); } = Source ?? throw new ArgumentNullException(nameof(Source));

    /// <summary>A national notice (the default), or days a province or city adds to a national year.</summary>
    public CalendarYearKind Kind { get; init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Kind), value, "Kind must be National, Local or Provisional."); }

    /// <summary>Its holiday arrangements.</summary>
    public IReadOnlyList<Holiday> Holidays { get; init => field = value ?? throw new ArgumentNullException(nameof(Holidays)); } = Holidays ?? throw new ArgumentNullException(nameof(Holidays));

    /// <summary>Equal when year, kind, source and holidays are.</summary>
    public bool Equals(CalendarYear? other) =>
        other is not null && Year == other.Year && Kind == other.Kind && Source == other.Source && Holidays.SequenceEqual(other.Holidays);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, Source, Holidays.Count);
}

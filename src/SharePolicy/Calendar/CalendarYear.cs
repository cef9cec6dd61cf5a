using SharePolicy.Model;

namespace SharePolicy.Calendar;

/// <summary>The holiday arrangements one notice publishes for one year.</summary>
/// <param name="Year">The year the notice is for.</param>
/// <param name="Source">The notice, e.g. 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）.</param>
/// <param name="Holidays">Its holiday arrangements. Days of a neighbouring year that the notice states (e.g. a
/// make-up working day in December for the New Year holiday) belong to it.</param>
public sealed record CalendarYear(int Year, BilingualText Source, IReadOnlyList<Holiday> Holidays)
{
    /// <summary>Equal when year, source and holidays are.</summary>
    public bool Equals(CalendarYear? other) =>
        other is not null && Year == other.Year && Source == other.Source && Holidays.SequenceEqual(other.Holidays);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, Source, Holidays.Count);
}

namespace SharePolicy.Calendar;

/// <summary>Where the days of a calendar year come from.</summary>
public enum CalendarYearKind
{
    /// <summary>
    /// A State Council General Office notice for the whole country (国务院办公厅关于…年部分节假日安排的通知): the year's
    /// statutory holidays and adjusted working days. The national calendar is made of these, one per year, without gaps.
    /// </summary>
    National,

    /// <summary>
    /// Days a province or city adds to a national year (a regional festival, say). A local file may only add to a
    /// year the national calendar covers; it never makes a year of its own.
    /// </summary>
    Local,

    /// <summary>
    /// A year after the last national notice, projected from the statutory holidays of 《全国年节及纪念日放假办法》
    /// alone, without the bridging days and adjusted working days a notice would give
    /// (<see cref="WorkingDayCalendar.WithProvisionalYears"/>). A deadline that counts one of its days is provisional.
    /// </summary>
    Provisional,
}

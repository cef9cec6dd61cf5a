namespace SharePolicy.Calendar;

/// <summary>
/// The text of a holiday notice that cannot be imported: it cannot be read, or the days it gives disagree with
/// themselves or with the statutory holidays. <see cref="Item"/> names the part of the notice, e.g. <c>二、春节</c>.
/// </summary>
public sealed class HolidayNoticeException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="notice">The notice, by its file name or title.</param>
    /// <param name="item">The part of the notice, e.g. <c>二、春节</c>, or the title.</param>
    /// <param name="reason">What is wrong.</param>
    public HolidayNoticeException(string notice, string item, string reason)
        : base($"{notice}: {item}: {reason}")
    {
        Notice = notice;
        Item = item;
        Reason = reason;
    }

    /// <summary>The notice, by its file name or title.</summary>
    public string Notice { get; }

    /// <summary>The part of the notice that is wrong, e.g. <c>二、春节</c>, or its title.</summary>
    public string Item { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}

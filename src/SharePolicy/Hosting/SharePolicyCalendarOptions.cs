namespace SharePolicy.Hosting;

/// <summary>
/// How the engine's working-day calendar treats the years after its last State Council notice
/// (<c>SharePolicy:Calendar</c> in configuration; docs/calendar.md, "When the next notice is published").
/// </summary>
public sealed class SharePolicyCalendarOptions
{
    /// <summary>The most provisional years a host may ask for.</summary>
    public const int MaxProvisionalYears = 10;

    /// <summary>
    /// How many years after the last confirmed one to project from the statutory holidays alone, so that deadlines
    /// reaching them are decided, each marked provisional, instead of refused: 0 (the default) to 10.
    /// </summary>
    public int ProvisionalYears { get; set; }

    /// <summary>
    /// How many days before the calendar's last confirmed day its health check turns Degraded (and the start logs a
    /// warning): 60 by default, 0 to 366. After that day the check is Unhealthy.
    /// </summary>
    public int HorizonWarningDays { get; set; } = 60;
}

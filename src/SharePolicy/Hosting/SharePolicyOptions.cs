namespace SharePolicy.Hosting;

/// <summary>
/// Which rule set, calendar and time zone the engine of <c>AddSharePolicy</c> uses. Every setting has a
/// default, so a host with no configuration gets the embedded rule set, the national calendar and
/// Asia/Shanghai. Bound from the configuration section <see cref="SectionName"/>; checked when the host starts.
/// </summary>
public sealed class SharePolicyOptions
{
    /// <summary>The configuration section the options are read from: <c>SharePolicy</c>.</summary>
    public const string SectionName = "SharePolicy";

    // The time zone used when none is configured.
    internal const string DefaultTimeZoneId = "Asia/Shanghai";

    /// <summary>
    /// A directory of rule sets (docs/rule-sets.md) that replaces the embedded default library; null (the default) for
    /// the embedded one. A relative path is resolved against the current directory when the engine is created.
    /// </summary>
    public string? RuleSetDirectory { get; set; }

    /// <summary>
    /// A directory of rule sets added to the library (the embedded default, or <see cref="RuleSetDirectory"/>'s): the
    /// overlays of the platform's province and city, say; null (the default) for none.
    /// </summary>
    public string? OverlayDirectory { get; set; }

    /// <summary>
    /// A directory of calendar files (e.g. a province's local holidays, docs/calendar.md) added to the national
    /// calendar; null (the default) for the national calendar alone.
    /// </summary>
    public string? CalendarDirectory { get; set; }

    /// <summary>The IANA time zone in which days begin and end for deadlines; Asia/Shanghai by default.</summary>
    public string TimeZoneId { get; set; } = DefaultTimeZoneId;

    /// <summary>
    /// When the platform's working day ends, as <c>HH:mm</c> (e.g. <c>17:30</c>): an application received at or after
    /// it counts as received the next day. Null (the default) when every hour of a day counts as that day.
    /// </summary>
    public string? CloseOfBusiness { get; set; }

    /// <summary>
    /// The region code (GB/T 2260, e.g. <c>330100</c>) of the place the platform decides for, whose provincial and city
    /// overlays apply; null (the default) for national rules alone. A call may name another.
    /// </summary>
    public string? Jurisdiction { get; set; }

    /// <summary>
    /// True (the default) to keep the layers of carry-overs: provisions of the 2016 Measures the 2025 Regulations are
    /// silent on and do not contradict (Art. 10(2) base items, Art. 15 applicants with proof), for the events the
    /// Regulations decide; false for a host that reads the Regulations as replacing the Measures wholly
    /// (docs/rule-sets.md, "Carry-overs").
    /// </summary>
    public bool CarryOvers { get; set; } = true;

    /// <summary>The calendar's provisional years and horizon warning (<c>SharePolicy:Calendar:ProvisionalYears</c>, <c>…:HorizonWarningDays</c>).</summary>
    public SharePolicyCalendarOptions Calendar { get; set; } = new();

    /// <summary>
    /// How the engine reads the law where it is open (<c>SharePolicy:Readings:ClockRestartsWhenMaterialsArrive</c>,
    /// <c>…:ExtensionForEarlierApplications</c>; docs/rule-sets.md, "Open readings").
    /// </summary>
    public SharePolicyReadingsOptions Readings { get; set; } = new();
}

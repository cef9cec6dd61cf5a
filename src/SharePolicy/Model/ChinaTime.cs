using NodaTime;

namespace SharePolicy.Model;

/// <summary>China's time zone, in which the law's days begin and end unless a host names another.</summary>
internal static class ChinaTime
{
    /// <summary>Asia/Shanghai.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
}

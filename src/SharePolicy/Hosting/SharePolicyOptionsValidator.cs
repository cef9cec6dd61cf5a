using Microsoft.Extensions.Options;
using NodaTime;

namespace SharePolicy.Hosting;

/// <summary>Checks <see cref="SharePolicyOptions"/>; each message names the setting, as configuration writes it, and its bad value.</summary>
internal sealed class SharePolicyOptionsValidator : IValidateOptions<SharePolicyOptions>
{
    public ValidateOptionsResult Validate(string? name, SharePolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckDirectory(failures, nameof(SharePolicyOptions.RuleSetDirectory), options.RuleSetDirectory, "the embedded rule library");
        CheckDirectory(failures, nameof(SharePolicyOptions.OverlayDirectory), options.OverlayDirectory, "no overlays");
        CheckDirectory(failures, nameof(SharePolicyOptions.CalendarDirectory), options.CalendarDirectory, "the national calendar alone");
        if (options.TimeZoneId is null || DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId) is null)
        {
            failures.Add($"{Setting(nameof(SharePolicyOptions.TimeZoneId))} '{options.TimeZoneId}' is not a time zone; write an IANA name such as {SharePolicyOptions.DefaultTimeZoneId}.");
        }

        if (options.CloseOfBusiness is { } close)
        {
            var time = ParseCloseOfBusiness(close);
            if (time is null)
            {
                failures.Add($"{Setting(nameof(SharePolicyOptions.CloseOfBusiness))} '{close}' is not a time of day; write HH:mm, e.g. 17:30.");
            }
            else if (time == LocalTime.Midnight)
            {
                failures.Add($"{Setting(nameof(SharePolicyOptions.CloseOfBusiness))} '{close}' would move every receipt to the next day; write the hour work ends, e.g. 17:30, or leave it out.");
            }
        }

        if (options.Jurisdiction is { } region && !IsRegion(region))
        {
            failures.Add($"{Setting(nameof(SharePolicyOptions.Jurisdiction))} '{region}' is not a region code; write the 6, 9 or 12 digits of GB/T 2260, e.g. 330100, or leave it out for national rules alone.");
        }

        if (options.Calendar is not { } calendar)
        {
            failures.Add($"{Setting(nameof(SharePolicyOptions.Calendar))} is null; leave it out for the defaults.");
        }
        else
        {
            if (calendar.ProvisionalYears is < 0 or > SharePolicyCalendarOptions.MaxProvisionalYears)
            {
                failures.Add($"{Setting("Calendar:ProvisionalYears")} '{calendar.ProvisionalYears}' must be 0 to {SharePolicyCalendarOptions.MaxProvisionalYears}.");
            }

            if (calendar.HorizonWarningDays is < 0 or > 366)
            {
                failures.Add($"{Setting("Calendar:HorizonWarningDays")} '{calendar.HorizonWarningDays}' must be 0 to 366.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsRegion(string region)
    {
        try
        {
            _ = Model.Guard.Region(region);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The close of business as a time of day, or null when the text is not <c>HH:mm</c>.</summary>
    public static LocalTime? ParseCloseOfBusiness(string text) =>
        NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text) is { Success: true } result ? result.Value : null;

    /// <summary>Throws when the options are not valid, for hosts that create the engine without dependency injection.</summary>
    /// <exception cref="OptionsValidationException">A setting is not valid; the message names each.</exception>
    public static void ThrowIfInvalid(SharePolicyOptions options)
    {
        var result = new SharePolicyOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(SharePolicyOptions), result.Failures);
        }
    }

    private static void CheckDirectory(List<string> failures, string setting, string? directory, string whenLeftOut)
    {
        if (directory is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(directory))
        {
            failures.Add($"{Setting(setting)} '{directory}' is empty; leave it out for {whenLeftOut}.");
        }
        else if (!Directory.Exists(directory))
        {
            failures.Add($"{Setting(setting)} '{directory}' is not a directory (looked for {Path.GetFullPath(directory)}).");
        }
    }

    private static string Setting(string name) => $"{SharePolicyOptions.SectionName}:{name}";
}

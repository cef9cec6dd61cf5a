using Microsoft.Extensions.Options;
using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Rules;

namespace SharePolicy.Hosting;

/// <summary>
/// Holds the engine a host decides with, and replaces it with a freshly loaded one on <see cref="ReloadAsync"/>
/// (after an analyst edits the rule files, say). A new engine is built whole, its rule files compiled and its
/// calendar loaded, before one reference write puts it in place; a decision takes <see cref="Current"/> once
/// and runs on that engine to the end, so no decision ever sees a rule library half loaded. Thread-safe.
/// </summary>
public sealed class SharePolicyEngineProvider
{
    private readonly Func<CancellationToken, Task<SharePolicyEngine>> _load;
    private Loaded _loaded;       // replaced whole, never changed
    private long _reloadsStarted; // orders reloads that overlap

    private SharePolicyEngineProvider(Func<CancellationToken, Task<SharePolicyEngine>> load, SharePolicyEngine engine)
    {
        _load = load;
        _loaded = new Loaded(engine, 0);
    }

    /// <summary>The engine to decide with now. Take it once per decision (or per request) and keep it until done.</summary>
    public SharePolicyEngine Current => Volatile.Read(ref _loaded).Engine;

    /// <summary>Checks the options, loads the rule library and calendar they name, and makes the first engine.</summary>
    /// <param name="options">Where the rule library and calendar come from, the time zone and the place.</param>
    /// <param name="clock">The clock that stamps decisions.</param>
    /// <param name="cancellationToken">Cancels reading and compiling.</param>
    /// <exception cref="OptionsValidationException">A setting is not valid; the message names each.</exception>
    /// <exception cref="RuleSetLoadException">A rule file is malformed; every error is listed with file and line.</exception>
    /// <exception cref="CalendarLoadException">A calendar file is malformed or its years do not fit the national calendar.</exception>
    public static async Task<SharePolicyEngineProvider> CreateAsync(SharePolicyOptions options, IClock clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        SharePolicyOptionsValidator.ThrowIfInvalid(options);
        var source = new EngineSource(
            options.RuleSetDirectory is { } rules ? Path.GetFullPath(rules) : null,
            options.OverlayDirectory is { } overlays ? Path.GetFullPath(overlays) : null,
            options.CalendarDirectory is { } calendar ? Path.GetFullPath(calendar) : null,
            options.Calendar.ProvisionalYears,
            DateTimeZoneProviders.Tzdb[options.TimeZoneId],
            options.CloseOfBusiness is { } close ? SharePolicyOptionsValidator.ParseCloseOfBusiness(close) : null,
            options.Jurisdiction,
            options.CarryOvers,
            options.Readings.ToReadings(),
            clock);
        return await CreateAsync(source.LoadAsync, cancellationToken).ConfigureAwait(false);
    }

    // Makes a provider whose engines come from a loader of the caller's, e.g. one a test holds back.
    internal static async Task<SharePolicyEngineProvider> CreateAsync(Func<CancellationToken, Task<SharePolicyEngine>> load, CancellationToken cancellationToken) =>
        new(load, await load(cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Reads the rule files and calendar files again and, once the new engine is complete, makes it
    /// <see cref="Current"/>. Decisions already running finish on the engine they started with. When loading
    /// fails, <see cref="Current"/> stays as it was and the exception says why.
    /// </summary>
    /// <param name="cancellationToken">Cancels reading and compiling; <see cref="Current"/> is then left as it was.</param>
    /// <returns>The engine now current: the one loaded, or a newer one when a later reload finished first.</returns>
    /// <exception cref="RuleSetLoadException">A rule file is malformed; every error is listed with file and line.</exception>
    /// <exception cref="CalendarLoadException">A calendar file is malformed.</exception>
    /// <exception cref="DirectoryNotFoundException">A configured directory has gone.</exception>
    public async Task<SharePolicyEngine> ReloadAsync(CancellationToken cancellationToken = default)
    {
        var generation = Interlocked.Increment(ref _reloadsStarted);
        var loaded = new Loaded(await _load(cancellationToken).ConfigureAwait(false), generation);

        // Reloads may overlap and finish out of order: an older load never replaces a newer one.
        while (true)
        {
            var seen = Volatile.Read(ref _loaded);
            if (seen.Generation > generation)
            {
                return seen.Engine;
            }

            if (Interlocked.CompareExchange(ref _loaded, loaded, seen) == seen)
            {
                return loaded.Engine;
            }
        }
    }

    private sealed record Loaded(SharePolicyEngine Engine, long Generation);

    /// <summary>The options as they were at start, with paths made absolute, so that later changes reach no reload.</summary>
    private sealed record EngineSource(string? RuleSetDirectory, string? OverlayDirectory, string? CalendarDirectory, int ProvisionalYears, DateTimeZone TimeZone, LocalTime? CloseOfBusiness, string? Jurisdiction, bool CarryOvers, LegalReadings Readings, IClock Clock)
    {
        public async Task<SharePolicyEngine> LoadAsync(CancellationToken cancellationToken)
        {
            var loaded = await RuleSetLoader.LoadAsync(RuleSetDirectory, OverlayDirectory, cancellationToken).ConfigureAwait(false);
            var rules = CarryOvers ? loaded : loaded.WithoutCarryOvers();
            var calendar = CalendarDirectory is null
                ? WorkingDayCalendar.China
                : await WorkingDayCalendar.LoadAsync(CalendarDirectory, withNationalCalendar: true, cancellationToken).ConfigureAwait(false);
            return new SharePolicyEngine(rules, calendar.WithProvisionalYears(ProvisionalYears), Clock, TimeZone, CloseOfBusiness, Jurisdiction, Readings);
        }
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Hosting;
using SharePolicy.Questions;

// In Microsoft's namespace, as Microsoft's own Add… methods are, so that AddSharePolicy is found without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers SharePolicy with a host's services.</summary>
public static partial class SharePolicyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SharePolicyEngineProvider"/> (one per host) and, resolved from it, the current
    /// <see cref="SharePolicyEngine"/> (also as <see cref="IPolicyDecider"/>), <see cref="RuleLibrary"/> and
    /// <see cref="WorkingDayCalendar"/>; also NodaTime's <see cref="SystemClock"/> as <see cref="IClock"/> unless the host
    /// registered a clock first. <see cref="SharePolicyOptions"/> are checked when the host starts. With no configuration
    /// at all the engine uses the embedded rule library, the national calendar, Asia/Shanghai and national rules alone.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets options in code, after any configuration is bound.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddSharePolicy(this IServiceCollection services, Action<SharePolicyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SharePolicyOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SharePolicyOptions>, SharePolicyOptionsValidator>());
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(CreateProvider);
        if (!services.Any(service => service.ServiceType == typeof(CalendarHorizonHealthCheck)))
        {
            services.AddSingleton<CalendarHorizonHealthCheck>();
            services.AddHealthChecks().AddCheck<CalendarHorizonHealthCheck>(CalendarHorizonHealthCheck.Name, tags: ["sharepolicy"]);
        }

        // Transient: whoever asks gets the engine current at that moment, so a reload reaches the next request.
        services.TryAddTransient(provider => provider.GetRequiredService<SharePolicyEngineProvider>().Current);
        services.TryAddTransient<IPolicyDecider>(provider => provider.GetRequiredService<SharePolicyEngine>());
        services.TryAddTransient(provider => provider.GetRequiredService<SharePolicyEngine>().Rules);
        services.TryAddTransient(provider => provider.GetRequiredService<SharePolicyEngine>().Calendar);
        return services;
    }

    /// <summary>
    /// Registers SharePolicy as <see cref="AddSharePolicy(IServiceCollection, Action{SharePolicyOptions}?)"/> does, with
    /// <see cref="SharePolicyOptions"/> bound from the section <c>SharePolicy</c> of <paramref name="configuration"/>
    /// (e.g. <c>"SharePolicy": { "RuleSetDirectory": "rules", "TimeZoneId": "Asia/Shanghai" }</c> in appsettings.json).
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration; a missing section leaves every default.</param>
    /// <param name="configure">Sets options in code, after the configuration is bound.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddSharePolicy(this IServiceCollection services, IConfiguration configuration, Action<SharePolicyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SharePolicyOptions>().Bind(configuration.GetSection(SharePolicyOptions.SectionName));
        return services.AddSharePolicy(configure);
    }

    // Dependency injection makes singletons synchronously. The loaders await with ConfigureAwait(false)
    // throughout, so waiting here cannot deadlock; it happens once, when the provider is first resolved. A calendar
    // near or past its horizon is logged then, so that an operator hears of the next notice before deadlines fail.
    private static SharePolicyEngineProvider CreateProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SharePolicyOptions>>().Value;
        var clock = services.GetRequiredService<IClock>();
        var provider = SharePolicyEngineProvider.CreateAsync(options, clock).GetAwaiter().GetResult();
        var engine = provider.Current;
        var horizon = CalendarHorizon.Of(engine.Calendar, clock.GetCurrentInstant(), engine.TimeZone);
        if (horizon.DaysLeft <= options.Calendar.HorizonWarningDays)
        {
            var logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(SharePolicyEngineProvider)) ?? NullLogger.Instance;
            LogHorizon(logger, horizon.Describe());
        }

        return provider;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "{Horizon}")]
    private static partial void LogHorizon(ILogger logger, string horizon);
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Hosting;

// In Microsoft's namespace, as Microsoft's own Add… methods are, so that AddSharePolicy is found without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers SharePolicy with a host's services.</summary>
public static class SharePolicyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SharePolicyEngineProvider"/> (one per host) and, resolved from it, the current
    /// <see cref="SharePolicyEngine"/>, <see cref="CompiledRuleSet"/> and <see cref="WorkingDayCalendar"/>; also
    /// NodaTime's <see cref="SystemClock"/> as <see cref="IClock"/> unless the host registered a clock first.
    /// <see cref="SharePolicyOptions"/> are checked when the host starts. With no configuration at all the
    /// engine uses the embedded rule set, the national calendar and Asia/Shanghai.
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

        // Transient: whoever asks gets the engine current at that moment, so a reload reaches the next request.
        services.TryAddTransient(provider => provider.GetRequiredService<SharePolicyEngineProvider>().Current);
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
    // throughout, so waiting here cannot deadlock; it happens once, when the provider is first resolved.
    private static SharePolicyEngineProvider CreateProvider(IServiceProvider services) =>
        SharePolicyEngineProvider.CreateAsync(
                services.GetRequiredService<IOptions<SharePolicyOptions>>().Value,
                services.GetRequiredService<IClock>())
            .GetAwaiter()
            .GetResult();
}

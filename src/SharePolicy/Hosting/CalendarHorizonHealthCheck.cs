using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NodaTime;

namespace SharePolicy.Hosting;

/// <summary>
/// The calendar's horizon as a health check (registered by <c>AddSharePolicy</c> as <see cref="Name"/>): Healthy while the
/// last confirmed day is more than <see cref="SharePolicyCalendarOptions.HorizonWarningDays"/> away, Degraded within
/// them, Unhealthy once it has passed, when deadlines beyond it are refused (or, by opt-in, only provisional).
/// </summary>
public sealed class CalendarHorizonHealthCheck(SharePolicyEngineProvider provider, IClock clock, IOptions<SharePolicyOptions> options) : IHealthCheck
{
    /// <summary>The name the check is registered under: <c>sharepolicy-calendar</c>.</summary>
    public const string Name = "sharepolicy-calendar";

    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var engine = provider.Current;
        var horizon = CalendarHorizon.Of(engine.Calendar, clock.GetCurrentInstant(), engine.TimeZone);
        var data = new Dictionary<string, object>
        {
            ["lastConfirmed"] = horizon.LastConfirmed.ToString("uuuu-MM-dd", null),
            ["daysLeft"] = horizon.DaysLeft,
            ["provisionalYears"] = horizon.ProvisionalYears.ToArray(),
        };
        var result = horizon.DaysLeft < 0 ? HealthCheckResult.Unhealthy(horizon.Describe(), data: data)
            : horizon.DaysLeft <= options.Value.Calendar.HorizonWarningDays ? HealthCheckResult.Degraded(horizon.Describe(), data: data)
            : HealthCheckResult.Healthy(horizon.Describe(), data);
        return Task.FromResult(result);
    }
}

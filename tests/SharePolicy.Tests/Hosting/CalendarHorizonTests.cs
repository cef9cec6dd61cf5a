using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using SharePolicy.Engine;
using SharePolicy.Hosting;

namespace SharePolicy.Tests.Hosting;

/// <summary>The calendar's horizon is visible before it is reached: a health check, and a warning at start.</summary>
public class CalendarHorizonTests
{
    [Theory]
    [InlineData(2026, 10, 1, HealthStatus.Healthy, 91)]
    [InlineData(2026, 11, 1, HealthStatus.Degraded, 60)]
    [InlineData(2026, 12, 31, HealthStatus.Degraded, 0)]
    [InlineData(2027, 1, 2, HealthStatus.Unhealthy, -2)]
    public async Task The_health_check_is_degraded_within_sixty_days_of_the_last_confirmed_day_and_unhealthy_after_it(int year, int month, int day, HealthStatus status, int daysLeft)
    {
        using var services = Services(new LocalDate(year, month, day));

        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries[CalendarHorizonHealthCheck.Name];
        entry.Status.Should().Be(status);
        entry.Data["lastConfirmed"].Should().Be("2026-12-31");
        entry.Data["daysLeft"].Should().Be(daysLeft);
        entry.Description.Should().EndWith("When the State Council's holiday notice for 2027 is published, import it (sharepolicy calendar import NOTICE.txt --out DIR) and load DIR as SharePolicy:CalendarDirectory.");
    }

    [Fact]
    public async Task The_warning_window_is_a_setting()
    {
        using var services = Services(new LocalDate(2026, 10, 1), ("SharePolicy:Calendar:HorizonWarningDays", "120"));

        (await services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries[CalendarHorizonHealthCheck.Name].Status.Should().Be(HealthStatus.Degraded);
    }

    [Fact]
    public void The_start_logs_a_warning_when_the_horizon_is_near()
    {
        var logs = new RecordingLoggerFactory();
        using var services = Services(new LocalDate(2026, 12, 1), logs: logs);

        services.GetRequiredService<SharePolicyEngineProvider>();

        logs.Entries.Should().ContainSingle().Which.Should().Be((LogLevel.Warning,
            "The working-day calendar is confirmed until 2026-12-31, 30 days from 2026-12-01. When the State Council's holiday notice for 2027 is published, "
            + "import it (sharepolicy calendar import NOTICE.txt --out DIR) and load DIR as SharePolicy:CalendarDirectory."));
    }

    [Fact]
    public void The_start_logs_nothing_while_the_horizon_is_far()
    {
        var logs = new RecordingLoggerFactory();
        using var services = Services(new LocalDate(2026, 6, 1), logs: logs);

        services.GetRequiredService<SharePolicyEngineProvider>();

        logs.Entries.Should().BeEmpty();
    }

    [Fact]
    public void Provisional_years_are_a_setting_that_reaches_the_engine()
    {
        using var services = Services(new LocalDate(2026, 12, 20), ("SharePolicy:Calendar:ProvisionalYears", "1"));

        services.GetRequiredService<SharePolicyEngine>().Calendar.ProvisionalYears.Should().Equal(2027);
    }

    [Theory]
    [InlineData("SharePolicy:Calendar:ProvisionalYears", "11", "SharePolicy:Calendar:ProvisionalYears '11' must be 0 to 10.")]
    [InlineData("SharePolicy:Calendar:HorizonWarningDays", "-1", "SharePolicy:Calendar:HorizonWarningDays '-1' must be 0 to 366.")]
    public void Calendar_settings_out_of_range_fail_at_start(string key, string value, string failure)
    {
        using var services = Services(new LocalDate(2026, 6, 1), (key, value));

        var start = () => services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();

        start.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().Which.Failures.Should().Equal(failure);
    }

    private static ServiceProvider Services(LocalDate today, (string Key, string Value)? setting = null, RecordingLoggerFactory? logs = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            setting is { } pair ? new Dictionary<string, string?> { [pair.Key] = pair.Value } : []).Build();
        var services = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(today.At(new LocalTime(9, 0)).InZoneStrictly(SharePolicyEngine.ChinaStandardTime).ToInstant()))
            .AddSingleton(typeof(ILogger<>), typeof(Microsoft.Extensions.Logging.Abstractions.NullLogger<>)); // the health check service logs
        if (logs is not null)
        {
            services.AddSingleton<ILoggerFactory>(logs);
        }

        return services.AddSharePolicy(configuration).BuildServiceProvider();
    }

    /// <summary>Keeps what is logged, level and message.</summary>
    private sealed class RecordingLoggerFactory : ILoggerFactory, ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}

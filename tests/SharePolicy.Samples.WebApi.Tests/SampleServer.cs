using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace SharePolicy.Samples.WebApi.Tests;

/// <summary>
/// The web sample on a real Kestrel server at 127.0.0.1, on a port the system picks, with its clock fixed at
/// <see cref="Now"/>: the tests talk HTTP to it as a platform's clients would.
/// </summary>
public class SampleServer : WebApplicationFactory<Program>
{
    /// <summary>Friday 1 November 2024, 08:00 in Beijing: after the reply deadlines of the tests' applications.</summary>
    public static readonly Instant Now = Instant.FromUtc(2024, 11, 1, 0, 0);

    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Instant _now;

    public SampleServer()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>The sample with some settings of its configuration changed, e.g. <c>Sample:MaxApplications</c>, and its clock at <paramref name="now"/>.</summary>
    protected SampleServer(IReadOnlyDictionary<string, string> settings, Instant? now = null)
    {
        _settings = settings;
        _now = now ?? Now;
        UseKestrel();
    }

    /// <summary>The addresses the server listens on.</summary>
    public IReadOnlyCollection<string> Addresses => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToArray();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:0"); // the sample's own host, any free port
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(new FakeClock(_now)));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SharePolicy.Samples.WebApi.Tests;

/// <summary>
/// A decision the calendar cannot make is the platform's condition, not the client's mistake: 503 with a problem type
/// naming the year whose notice is missing. The calendar's horizon is at /health.
/// </summary>
public class CalendarHorizonTests(SampleServer server) : IClassFixture<SampleServer>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task An_application_whose_deadline_reaches_a_year_without_its_notice_is_a_503_naming_the_year()
    {
        var application = JsonSerializer.SerializeToNode(Bodies.Application("Conditional"))!;
        application["request"]!["submittedAt"] = "2026-12-25T10:00:00+08:00";

        var response = await _client.PostAsJsonAsync("/access-requests", application);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("type").GetString().Should().Be("urn:sharepolicy:problem:calendar-year-missing");
        problem.GetProperty("title").GetString().Should().Be("The working-day calendar has no holiday notice for 2027.");
        problem.GetProperty("missingYear").GetInt32().Should().Be(2027);
        problem.GetProperty("detail").GetString().Should().StartWith("2027-01-01 is outside the working-day calendar");
    }

    [Fact]
    public async Task An_unconditional_application_in_late_December_needs_no_2027_day_and_is_decided()
    {
        var application = JsonSerializer.SerializeToNode(Bodies.Application("Unconditional"))!;
        application["request"]!["submittedAt"] = "2026-12-25T10:00:00+08:00";

        var response = await _client.PostAsJsonAsync("/access-requests", application);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_health_endpoint_reports_the_calendars_horizon()
    {
        var response = await _client.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy", "the sample's clock reads 2024-11-01, 790 days before the last confirmed day");
    }
}

/// <summary>The sample with its clock 30 days before the calendar's last confirmed day.</summary>
public class NearTheHorizonTests(NearTheHorizonTests.LateNovember server) : IClassFixture<NearTheHorizonTests.LateNovember>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task Within_sixty_days_of_the_last_confirmed_day_the_health_endpoint_is_degraded()
    {
        var response = await _client.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Degraded");
    }

    /// <summary>The sample on 1 December 2026.</summary>
    public sealed class LateNovember() : SampleServer(new Dictionary<string, string>(), NodaTime.Instant.FromUtc(2026, 12, 1, 1, 0));
}

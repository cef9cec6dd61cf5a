using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SharePolicy.Samples.WebApi.Tests;

/// <summary>The sample's store of applications is bounded: past its capacity or its bytes the oldest application is let go.</summary>
public class BoundedStoreTests(BoundedStoreTests.TwoApplications server) : IClassFixture<BoundedStoreTests.TwoApplications>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task The_oldest_application_is_let_go_once_the_store_is_full()
    {
        var ids = await Post(_client, 3);

        (await _client.GetAsync(new Uri($"/access-requests/{ids[0]}", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _client.GetAsync(new Uri($"/access-requests/{ids[1]}", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _client.GetAsync(new Uri($"/access-requests/{ids[2]}", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Past_the_stores_bytes_the_oldest_applications_are_let_go_and_the_newest_kept()
    {
        using var tiny = new OneByte();
        using var client = tiny.CreateClient();
        var ids = await Post(client, 2);

        (await client.GetAsync(new Uri($"/access-requests/{ids[0]}", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync(new Uri($"/access-requests/{ids[1]}", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    // Posts as many applications, one after another, and gives their ids in that order.
    private static async Task<List<string>> Post(HttpClient client, int count)
    {
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var response = await client.PostAsJsonAsync("/access-requests", Bodies.Application("Conditional"));
            ids.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
        }

        return ids;
    }

    /// <summary>The sample keeping as many applications as fit in one byte: the newest alone.</summary>
    public sealed class OneByte() : SampleServer(new Dictionary<string, string> { ["Sample:MaxApplicationBytes"] = "1" });

    /// <summary>The sample keeping two applications at most.</summary>
    public sealed class TwoApplications() : SampleServer(new Dictionary<string, string> { ["Sample:MaxApplications"] = "2" });
}

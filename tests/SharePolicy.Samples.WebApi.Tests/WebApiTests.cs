using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SharePolicy.Samples.WebApi.Tests;

public class WebApiTests(SampleServer server) : IClassFixture<SampleServer>
{
    private static readonly string[] Plate = ["plate"];
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public void The_server_listens_on_127_0_0_1_only()
    {
        server.Addresses.Should().ContainSingle().Which.Should().MatchRegex(@"^http://127\.0\.0\.1:\d+$");
    }

    [Fact]
    public async Task A_conditional_request_is_decided_with_reasons_articles_obligations_and_the_reply_deadline()
    {
        var response = await _client.PostAsJsonAsync("/access-requests", Bodies.Application("Conditional"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await Json(response);
        var id = body.GetProperty("id").GetString();
        response.Headers.Location!.ToString().Should().Be($"/access-requests/{id}");
        var decision = body.GetProperty("decision");
        decision.GetProperty("outcome").GetString().Should().Be("ApplicationRequired");
        decision.GetProperty("items")[0].GetProperty("itemCode").GetString().Should().Be("plate");
        Strings(decision.GetProperty("firedRules")).Should().Equal("access.conditional.apply");
        Strings(decision.GetProperty("reasons"), "ruleId").Should().Equal("access.conditional.apply");
        decision.GetProperty("articles").EnumerateArray().Select(article => article.GetProperty("article").GetInt32()).Should().Equal(9, 12);
        Strings(decision.GetProperty("obligations"), "kind").Should().Equal("ApplyThroughPlatform", "ProviderReply");
        var deadline = decision.GetProperty("obligations")[1].GetProperty("deadline");
        deadline.GetProperty("dueDate").GetString().Should().Be("2024-10-17");
        deadline.GetProperty("endsAt").GetString().Should().Be("2024-10-17T16:00:00Z");
        decision.GetProperty("decidedAt").GetString().Should().Be("2024-11-01T00:00:00Z");
    }

    [Fact]
    public async Task A_decided_application_can_be_read_back()
    {
        var created = await Json(await _client.PostAsJsonAsync("/access-requests", Bodies.Application("Unconditional")));

        var response = await _client.GetAsync(new Uri($"/access-requests/{created.GetProperty("id").GetString()}", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Json(response)).GetProperty("decision").GetProperty("outcome").GetString().Should().Be("Granted");
    }

    [Fact]
    public async Task A_reply_in_time_with_scope_purpose_and_method_is_met_and_sound()
    {
        var id = await ApplyAsync("Conditional");

        var response = await _client.PostAsJsonAsync("/replies", new
        {
            applicationId = id,
            approved = true,
            repliedAt = "2024-10-09T15:00:00+08:00",
            scope = Plate,
            purposeOfUse = "DataVerification",
            method = "OnlineQuery",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await Json(response);
        body.GetProperty("timeliness").GetString().Should().Be("Met");
        body.GetProperty("deadline").GetProperty("dueDate").GetString().Should().Be("2024-10-17");
        body.GetProperty("review").GetProperty("outcome").GetString().Should().Be("Sound");
        Strings(body.GetProperty("review").GetProperty("firedRules")).Should().Equal("reply.sound");
    }

    [Fact]
    public async Task A_refusal_after_the_deadline_without_reasons_is_late_and_defective_with_every_reason()
    {
        var id = await ApplyAsync("Conditional");

        var body = await Json(await _client.PostAsJsonAsync("/replies", new { applicationId = id, approved = false, repliedAt = "2024-10-21T09:00:00+08:00" }));

        body.GetProperty("timeliness").GetString().Should().Be("Late");
        body.GetProperty("review").GetProperty("outcome").GetString().Should().Be("Defective");
        Strings(body.GetProperty("review").GetProperty("reasons"), "ruleId").Should().Equal("reply.late", "reply.refusal-without-reasons");
    }

    [Fact]
    public async Task A_reply_dated_after_now_is_a_bad_request()
    {
        var id = await ApplyAsync("Conditional");

        var response = await _client.PostAsJsonAsync("/replies", new { applicationId = id, approved = false, repliedAt = "2024-11-04T09:00:00+08:00" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("detail").GetString().Should()
            .Be("The obligation cannot be done at 2024-11-04T01:00:00Z, after the time of the check 2024-11-01T00:00:00Z.");
    }

    [Fact]
    public async Task A_reply_to_an_application_that_needs_none_is_a_conflict()
    {
        var id = await ApplyAsync("Unconditional");

        var response = await _client.PostAsJsonAsync("/replies", new { applicationId = id, approved = true, repliedAt = "2024-10-09T15:00:00+08:00" });

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Json(response)).GetProperty("detail").GetString().Should().Be($"Application {id} was decided Granted, which asks the provider for no reply.");
    }

    [Fact]
    public async Task A_reply_to_an_unknown_application_is_not_found()
    {
        var response = await _client.PostAsJsonAsync("/replies", new { applicationId = Guid.Empty, approved = true, repliedAt = "2024-10-09T15:00:00+08:00" });

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Json(response)).GetProperty("detail").GetString().Should().Be($"No application {Guid.Empty} is known.");
    }

    [Fact]
    public async Task A_use_within_the_grant_is_allowed_and_passing_data_on_is_denied()
    {
        object Check(bool passOn) => new
        {
            grant = new { grantee = Bodies.Department("11330100MB0000001X", "杭州市民政局"), resourceCode = "330100-GA-0007", items = Plate, purpose = Bodies.Purpose },
            use = new { user = Bodies.Department("11330100MB0000001X", "杭州市民政局"), purpose = Bodies.Purpose, items = Plate, passesToThirdParty = passOn },
        };

        var allowed = await Json(await _client.PostAsJsonAsync("/uses", Check(passOn: false)));
        var denied = await Json(await _client.PostAsJsonAsync("/uses", Check(passOn: true)));

        allowed.GetProperty("outcome").GetString().Should().Be("Allowed");
        denied.GetProperty("outcome").GetString().Should().Be("Denied");
        Strings(denied.GetProperty("reasons"), "ruleId").Should().Equal("use.third-party");
    }

    [Theory]
    [InlineData("2025-10-01", false, "国庆节、中秋节", "2025-10-09")]
    [InlineData("2025-09-28", true, "国庆节、中秋节", "2025-09-29")]
    [InlineData("2025-09-24", true, null, "2025-09-25")]
    public async Task A_calendar_day_says_whether_it_is_a_working_day_and_why(string date, bool working, string? holiday, string next)
    {
        var body = await Json(await _client.GetAsync(new Uri($"/calendar/{date}", UriKind.Relative)));

        body.GetProperty("date").GetString().Should().Be(date);
        body.GetProperty("workingDay").GetBoolean().Should().Be(working);
        (body.TryGetProperty("holiday", out var name) ? name.GetProperty("zhHans").GetString() : null).Should().Be(holiday);
        body.GetProperty("nextWorkingDay").GetString().Should().Be(next);
    }

    [Theory]
    [InlineData("2025-9-1", HttpStatusCode.BadRequest, "'2025-9-1' is not a date; write yyyy-MM-dd.")]
    [InlineData("2015-06-01", HttpStatusCode.ServiceUnavailable, "2015-06-01 is outside the working-day calendar, which covers 2016-01-01 to 2026-12-31: it has no notice for 2015.")]
    [InlineData("-0001-01-01", HttpStatusCode.ServiceUnavailable, "-0001-01-01 is outside the working-day calendar, which covers 2016-01-01 to 2026-12-31: it has no notice for -1.")]
    public async Task A_calendar_day_that_cannot_be_answered_says_why(string date, HttpStatusCode status, string detail)
    {
        var response = await _client.GetAsync(new Uri($"/calendar/{date}", UriKind.Relative));

        response.StatusCode.Should().Be(status);
        (await Json(response)).GetProperty("detail").GetString().Should().Be(detail);
    }

    [Fact]
    public async Task A_body_without_a_required_field_is_a_bad_request_naming_it()
    {
        var response = await _client.PostAsJsonAsync("/access-requests", new { entry = new { } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("detail").GetString().Should().Be(
            "$.entry: missing 'resourceCode', 'name', 'provider', 'category', 'shareType', 'items'.");
    }

    [Fact]
    public async Task A_value_the_model_refuses_is_a_bad_request_with_the_models_reason()
    {
        var application = JsonSerializer.SerializeToNode(Bodies.Application("Conditional"))!;
        application["request"]!["resourceCode"] = "330100-GA-0008";

        var response = await _client.PostAsJsonAsync("/access-requests", application);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json(response)).GetProperty("detail").GetString().Should()
            .Be("The request is for resource '330100-GA-0008', but the catalog entry given is '330100-GA-0007'.");
    }

    [Fact]
    public async Task The_rule_set_can_be_reloaded_while_the_platform_runs()
    {
        var response = await _client.PostAsync(new Uri("/rules/reload", UriKind.Relative), content: null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Json(response)).GetProperty("rules").GetInt32().Should().Be(SharePolicy.Compilation.RuleSetLoader.LoadDefault().Rules.Count);
    }

    private async Task<string> ApplyAsync(string shareType) =>
        (await Json(await _client.PostAsJsonAsync("/access-requests", Bodies.Application(shareType)))).GetProperty("id").GetString()!;

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static IEnumerable<string?> Strings(JsonElement array, string? property = null) =>
        array.EnumerateArray().Select(element => (property is null ? element : element.GetProperty(property)).GetString());
}

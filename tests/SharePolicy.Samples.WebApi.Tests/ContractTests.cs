using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Samples.WebApi.Contracts;

namespace SharePolicy.Samples.WebApi.Tests;

/// <summary>
/// The sample's JSON contract carries every fact the model has and nothing else: a fact the rules read cannot be
/// dropped on the way in, and a body that is not exactly the contract is a 400 that says where, in the platform's
/// words (no .NET type, no server path).
/// </summary>
public class ContractTests(SampleServer server) : IClassFixture<SampleServer>
{
    private readonly HttpClient _client = server.CreateClient();

    public static TheoryData<Type, Type> ModelAndBody => new()
    {
        { typeof(Department), typeof(DepartmentBody) },
        { typeof(Purpose), typeof(PurposeBody) },
        { typeof(CatalogItem), typeof(ItemBody) },
        { typeof(CatalogEntry), typeof(CatalogEntryBody) },
        { typeof(LegalBasis), typeof(LegalBasisBody) },
        { typeof(AccessRequest), typeof(AccessRequestBody) },
        { typeof(ProviderReply), typeof(ReplyBody) },
        { typeof(ReplyExtension), typeof(ReplyExtensionBody) },
        { typeof(ShareGrant), typeof(GrantBody) },
        { typeof(DataUse), typeof(UseBody) },
    };

    [Theory]
    [MemberData(nameof(ModelAndBody))]
    public void Every_fact_of_the_model_has_a_member_in_the_contract(Type model, Type body)
    {
        // The contract names a request's items Items, as the model's constructor does; a grantee and a user are departments.
        var renamed = new Dictionary<string, string> { ["RequestedItems"] = "Items" };
        var members = body.GetProperties().Select(property => property.Name).ToHashSet(StringComparer.Ordinal);

        var missing = model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.DeclaringType == model)
            .Select(property => renamed.GetValueOrDefault(property.Name, property.Name))
            .Where(name => !members.Contains(name))
            .ToArray();

        missing.Should().BeEmpty($"{body.Name} must carry every fact of {model.Name}");
    }

    [Fact]
    public async Task A_classified_entry_asked_for_over_the_external_network_is_denied()
    {
        var application = Application();
        application["entry"]!["classified"] = true;
        application["entry"]!["shareType"] = "Unconditional";

        var decision = (await Post(application)).GetProperty("decision");

        decision.GetProperty("outcome").GetString().Should().Be("Denied");
        decision.GetProperty("firedRules").EnumerateArray().Select(rule => rule.GetString()).Should().Contain("network.classified.not-on-external-platform");
    }

    [Fact]
    public async Task A_classified_entry_asked_for_over_the_internal_network_is_granted()
    {
        var application = Application();
        application["entry"]!["classified"] = true;
        application["entry"]!["shareType"] = "Unconditional";
        application["request"]!["network"] = "Internal";

        (await Post(application)).GetProperty("decision").GetProperty("outcome").GetString().Should().Be("Granted");
    }

    [Theory]
    [InlineData("""{"classifed": true}""", "$.entry.classifed: unknown member 'classifed'; the contract has no such field.")]
    [InlineData("""{"shareType": 0}""", "$.entry.shareType: expected one of Unconditional, Conditional, NotShared, by name.")]
    [InlineData("""{"shareType": "Unconditional, Conditional"}""", "$.entry.shareType: expected one of Unconditional, Conditional, NotShared, by name.")]
    [InlineData("""{"shareType": "unconditional"}""", "$.entry.shareType: expected one of Unconditional, Conditional, NotShared, by name.")]
    [InlineData("""{"items": [null]}""", "entry.items[0] is null; a list holds no nulls.")]
    [InlineData("""{"shareMethods": ["OnlineQuery", null]}""", "entry.shareMethods[1] is null; a list holds no nulls.")]
    [InlineData("""{"classified": "yes"}""", "$.entry.classified: not a value of the kind this member takes.")]
    public async Task An_entry_that_is_not_exactly_the_contract_is_a_bad_request_saying_where(string change, string detail)
    {
        var application = Application();
        foreach (var (name, value) in JsonNode.Parse(change)!.AsObject())
        {
            application["entry"]![name] = value?.DeepClone();
        }

        await ShouldBeBadRequest(await _client.PostAsJsonAsync("/access-requests", application), detail);
    }

    [Theory]
    [InlineData("2025-09-28T10:00:00", "$.request.submittedAt")]
    [InlineData("2025-09-28", "$.request.submittedAt")]
    public async Task A_time_without_its_offset_is_a_bad_request_not_a_guess(string submittedAt, string where)
    {
        var application = Application();
        application["request"]!["submittedAt"] = submittedAt;

        var response = await _client.PostAsJsonAsync("/access-requests", application);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var detail = (await Json(response)).GetProperty("detail").GetString();
        detail.Should().StartWith(where + ":");
        NamesNoInternals(detail!);
    }

    [Fact]
    public async Task A_member_given_twice_is_a_bad_request()
    {
        var text = Application().ToJsonString().Replace("\"shareType\":\"Conditional\"", "\"shareType\":\"Unconditional\",\"shareType\":\"Conditional\"", StringComparison.Ordinal);

        var response = await _client.PostAsync(new Uri("/access-requests", UriKind.Relative), new StringContent(text, Encoding.UTF8, "application/json"));

        await ShouldBeBadRequest(response, "$.entry.shareType: a member is given twice.");
    }

    [Fact]
    public async Task A_body_past_the_limit_is_refused_before_it_is_read_whole()
    {
        var application = Application();
        application["request"]!["purpose"]!["duty"] = new string('x', 300 * 1024);

        var response = await _client.PostAsJsonAsync("/access-requests", application);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge, "Kestrel refuses a body past Sample:MaxRequestBodyBytes before the platform reads it");
    }

    [Theory]
    [InlineData("""{"request": 1}""")]
    [InlineData("""{"request": {"requester": []}}""")]
    [InlineData("""not json""")]
    [InlineData("""{"request": {"requester": {"code": "a", "name": "b", "level": "Municipal", "region": "330100"}, "resourceCode": "x", "method": "OnlineQuery", "submittedAt": "2025-09-28T10:00:00+08:00"}, "entry": {"resourceCode": "x", "name": "n", "provider": {"code": "a", "name": "b", "level": "Municipal", "region": "330100"}, "category": "Base", "shareType": "Unconditional", "items": []}}""")]
    public async Task A_bad_body_is_answered_in_the_platforms_words(string body)
    {
        var response = await _client.PostAsync(new Uri("/access-requests", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        NamesNoInternals((await Json(response)).GetProperty("detail").GetString()!);
    }

    private static void NamesNoInternals(string detail)
    {
        detail.Should().NotMatchRegex(@"(System|SharePolicy|NodaTime|Microsoft)\.[A-Z]", "the reason names no .NET type");
        detail.Should().NotMatchRegex(@"(^|\s)/(tmp|work|home|usr|srv)/", "the reason names no path of the server");
        detail.Should().NotContain("(Parameter '").And.NotContain("LineNumber");
    }

    private static async Task ShouldBeBadRequest(HttpResponseMessage response, string detail)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var text = (await Json(response)).GetProperty("detail").GetString();
        text.Should().Be(detail);
        NamesNoInternals(text!);
    }

    private static JsonNode Application(string shareType = "Conditional") => JsonSerializer.SerializeToNode(Bodies.Application(shareType))!;

    private async Task<JsonElement> Post(JsonNode application)
    {
        var response = await _client.PostAsJsonAsync("/access-requests", application);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}

// A host platform using SharePolicy as a real one would: the engine from dependency injection, configured from
// appsettings.json, and a small HTTP API on 127.0.0.1 only (appsettings.json, Kestrel); README.md beside this file lists it.
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using SharePolicy.Hosting;
using SharePolicy.Samples.WebApi;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSharePolicy(builder.Configuration);
builder.Services.AddSingleton(new Applications(
    builder.Configuration.GetValue("Sample:MaxApplications", 10_000),
    builder.Configuration.GetValue("Sample:MaxApplicationBytes", 64L * 1024 * 1024)));
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Sample:MaxRequestBodyBytes", 256 * 1024));
builder.Services.Configure<JsonOptions>(options =>
{
    // The contract is exactly the model's facts: a member it does not know, a member given twice, an enum by number
    // or by flags, a time without its offset, a null where a value is required: each is a 400 naming it, never a
    // silently dropped fact or a guess.
    var json = options.SerializerOptions;
    json.Converters.Add(new StrictEnumConverter());
    json.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    json.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
    json.RespectNullableAnnotations = true;
    json.RespectRequiredConstructorParameters = true;
    json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    json.AllowDuplicateProperties = false;
});
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true); // so BadRequests carry their reason
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemHandler>();

var app = builder.Build();
app.Services.GetRequiredService<SharePolicyEngineProvider>(); // load the rule set now: a malformed rule file stops the start
app.UseExceptionHandler();
app.MapAccessRequests();
app.MapReplies();
app.MapUses();
app.MapCalendar();
app.MapRules();
app.MapHealthChecks("/health"); // Degraded within SharePolicy:Calendar:HorizonWarningDays of the calendar's last confirmed day, Unhealthy after it
app.Run();

/// <summary>The sample's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;

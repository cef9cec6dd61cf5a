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
builder.Services.AddSingleton<Applications>();
builder.Services.Configure<JsonOptions>(options =>
{
    var json = options.SerializerOptions;
    json.Converters.Add(new JsonStringEnumConverter());
    json.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    json.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
    json.RespectNullableAnnotations = true;           // a missing field is a 400 naming it, not a null deep inside
    json.RespectRequiredConstructorParameters = true;
});
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true); // so BadRequests carry their reason
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestHandler>();

var app = builder.Build();
app.Services.GetRequiredService<SharePolicyEngineProvider>(); // load the rule set now: a malformed rule file stops the start
app.UseExceptionHandler();
app.MapAccessRequests();
app.MapReplies();
app.MapUses();
app.MapCalendar();
app.MapRules();
app.Run();

/// <summary>The sample's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;

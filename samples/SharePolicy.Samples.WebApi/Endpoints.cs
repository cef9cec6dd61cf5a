using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Hosting;
using SharePolicy.Questions;
using SharePolicy.Rules;
using SharePolicy.Samples.WebApi.Contracts;

namespace SharePolicy.Samples.WebApi;

/// <summary>The sample's HTTP API. Each handler takes the engine current when the request arrives, so a reload reaches the next request.</summary>
internal static class Endpoints
{
    /// <summary>POST /access-requests decides and keeps an application; GET /access-requests/{id} shows it again.</summary>
    public static void MapAccessRequests(this WebApplication app)
    {
        app.MapPost("/access-requests", (AccessApplicationBody body, SharePolicyEngine engine, Applications applications) =>
        {
            var request = body.Request.ToModel();
            var entry = body.Entry.ToModel();
            var decision = engine.DecideAccess(request, entry);
            var id = applications.Add(request, entry, decision);
            return Results.Created($"/access-requests/{id}", new ApplicationResponse(id, decision));
        });
        app.MapGet("/access-requests/{id:guid}", (Guid id, Applications applications) =>
            applications.Find(id) is { } application ? Results.Ok(new ApplicationResponse(id, application.Decision)) : NoApplication(id));
    }

    /// <summary>POST /replies: was the provider's reply in time (Deadline.Check), and is it sound (Art. 12 ¶1, ¶2)?</summary>
    public static void MapReplies(this WebApplication app) =>
        app.MapPost("/replies", (ReplyBody body, SharePolicyEngine engine, Applications applications, IClock clock) =>
        {
            if (applications.Find(body.ApplicationId) is not { } application)
            {
                return NoApplication(body.ApplicationId);
            }

            if (application.Decision.Obligations.FirstOrDefault(obligation => obligation.Kind == ObligationKind.ProviderReply)?.Deadline is not { } deadline)
            {
                return Results.Problem(
                    $"Application {body.ApplicationId} was decided {application.Decision.Outcome}, which asks the provider for no reply.",
                    statusCode: StatusCodes.Status409Conflict);
            }

            var reply = body.ToModel();
            var timeliness = deadline.Check(reply.RepliedAt, clock.GetCurrentInstant());
            // Judged by the decision the applicant was told, whatever rules a reload has brought since.
            var review = engine.ReviewReply(application.Request, application.Entry, reply, application.Decision);
            return Results.Ok(new ReplyResponse(body.ApplicationId, deadline, timeliness, review));
        });

    /// <summary>POST /uses: may the grantee use the data this way (Art. 14)?</summary>
    public static void MapUses(this WebApplication app) =>
        app.MapPost("/uses", (UseCheckBody body, SharePolicyEngine engine) =>
            Results.Ok(engine.DecideUse(body.Grant.ToModel(), body.Use.ToModel())));

    /// <summary>GET /calendar/{date}: a date on the working-day calendar the engine counts deadlines on.</summary>
    public static void MapCalendar(this WebApplication app) =>
        app.MapGet("/calendar/{date}", (string date, WorkingDayCalendar calendar) =>
        {
            var parsed = LocalDatePattern.Iso.Parse(date);
            if (!parsed.Success)
            {
                return Results.Problem($"'{date}' is not a date; write yyyy-MM-dd.", statusCode: StatusCodes.Status400BadRequest);
            }

            var day = parsed.Value; // a day the calendar cannot classify is the ProblemHandler's 503
            return Results.Ok(new CalendarDay(day, calendar.IsWorkingDay(day), calendar.HolidayOn(day)?.Name, calendar.NextWorkingDay(day)));
        });

    /// <summary>POST /rules/reload: reads the rule files again (after an analyst's edit) without stopping the platform.</summary>
    public static void MapRules(this WebApplication app) =>
        app.MapPost("/rules/reload", async (SharePolicyEngineProvider provider, IOptions<SharePolicyOptions> options, CancellationToken cancellationToken) =>
        {
            try
            {
                var engine = await provider.ReloadAsync(cancellationToken).ConfigureAwait(false);
                return Results.Ok(new { Rules = engine.Rules.Rules.Count });
            }
            catch (RuleSetLoadException exception)
            {
                // The platform keeps deciding with the rule set it had; the analyst reads every error, each file named
                // within the rule directory (the server's own paths are not the client's business).
                var root = options.Value.RuleSetDirectory is { } directory ? Path.GetFullPath(directory) : string.Empty;
                var errors = exception.Errors.Select(error =>
                    $"{(root.Length == 0 ? Path.GetFileName(error.Where.File) : Path.GetRelativePath(root, Path.GetFullPath(error.Where.File)))}:{error.Where.Line}:{error.Where.Column}: {error.Message}");
                return Results.Problem(string.Join("\n", errors), statusCode: StatusCodes.Status422UnprocessableEntity);
            }
            catch (CalendarLoadException exception)
            {
                return Results.Problem($"The calendar files did not load: {exception.Reason}", statusCode: StatusCodes.Status422UnprocessableEntity);
            }
        });

    private static IResult NoApplication(Guid id) =>
        Results.Problem($"No application {id} is known.", statusCode: StatusCodes.Status404NotFound);
}

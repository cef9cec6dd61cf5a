using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using SharePolicy.Calendar;

namespace SharePolicy.Samples.WebApi;

/// <summary>
/// Answers a body that does not bind (an unknown or missing member, a value of the wrong kind, a time without its
/// offset) or a value the model refuses (an empty name, an item the entry does not have) with 400 and the reason:
/// where in the JSON, and what is wrong. A date the calendar cannot classify is the server's condition, not the
/// client's mistake: 503 with a problem type naming the year whose notice is missing. The reason is the platform's,
/// never the runtime's: no .NET type name, no path of the server, no stack.
/// </summary>
internal sealed partial class ProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>The problem type of a decision the calendar cannot make: its notice for a year is not loaded.</summary>
    public const string CalendarYearMissing = "urn:sharepolicy:problem:calendar-year-missing";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is CalendarRangeException range)
        {
            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails =
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Type = CalendarYearMissing,
                    Title = $"The working-day calendar has no holiday notice for {range.MissingYear}.",
                    Detail = range.Message,
                    Extensions = { ["missingYear"] = range.MissingYear },
                },
            }).ConfigureAwait(false);
        }

        var (status, detail) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => (StatusCodes.Status400BadRequest, Describe(json)),
            BadHttpRequestException badRequest => (badRequest.StatusCode, "The request cannot be read: " + Clean(badRequest.Message)),
            ArgumentException argument => (StatusCodes.Status400BadRequest, Clean(argument.Message)),
            _ => (0, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Title = "The request cannot be decided as sent.", Detail = detail },
        }).ConfigureAwait(false);
    }

    // What the serializer found, said without the types it was filling.
    private static string Describe(JsonException json)
    {
        var where = json.Path is { Length: > 0 } path ? path : "$";
        var message = json.Message;
        if (UnknownMember().Match(message) is { Success: true } unknown)
        {
            return $"{where}: unknown member '{unknown.Groups[1].Value}'; the contract has no such field.";
        }

        if (MissingMembers().Match(message) is { Success: true } missing)
        {
            return $"{where}: missing {missing.Groups[1].Value.TrimEnd('.')}.";
        }

        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return $"{where}: a member is given twice.";
        }

        // The converters' own messages (enums by name, times with their offset) name no type; the serializer's do.
        var reason = message.StartsWith("expected ", StringComparison.Ordinal) || message.Contains("is not a valid", StringComparison.Ordinal)
            ? Clean(message)
            : "not a value of the kind this member takes";
        return $"{where}: {reason}.".Replace("..", ".", StringComparison.Ordinal);
    }

    // Drops what only .NET knows: the parameter suffix, the path and line suffix, and any type or server path.
    private static string Clean(string message)
    {
        var text = ParameterSuffix().Replace(message, string.Empty);
        text = JsonLocationSuffix().Replace(text, string.Empty);
        text = TypeName().Replace(text, "a value");
        return ServerPath().Replace(text, "a file");
    }

    [GeneratedRegex(@"The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex(@"missing required properties including: (.*)$")]
    private static partial Regex MissingMembers();

    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)")]
    private static partial Regex ParameterSuffix();

    [GeneratedRegex(@" Path: \$.*$")]
    private static partial Regex JsonLocationSuffix();

    [GeneratedRegex(@"'?(?:System|SharePolicy|NodaTime|Microsoft)\.[A-Za-z0-9_.`\[\]]+'?")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"(?<![A-Za-z0-9])/(?:[^\s/:']+/)+[^\s:']*")]
    private static partial Regex ServerPath();
}

using Microsoft.AspNetCore.Diagnostics;

namespace SharePolicy.Samples.WebApi;

/// <summary>
/// Answers 400 with the reason when a body does not bind (a missing field, an unknown value) or the model refuses a
/// value (an empty name, an item the entry does not have): the library's messages name the offending value.
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var detail = exception switch
        {
            BadHttpRequestException badRequest => badRequest.InnerException?.Message ?? badRequest.Message,
            ArgumentException argument => argument.Message,
            _ => null,
        };
        if (detail is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "The request cannot be decided as sent.", Detail = detail },
        }).ConfigureAwait(false);
    }
}

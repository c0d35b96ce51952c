using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Polly;

namespace AccountingPlatform.ServiceDefaults.Problems;

/// <summary>
/// Turns what a client can send wrong (malformed JSON, wrong media type, too large a body) into a 4xx problem,
/// a dependency the resilience pipeline gave up on (Polly's timeout, an open circuit) into a 503 problem with
/// <c>Retry-After</c>, and anything else into a logged 500 problem that reveals nothing.
/// </summary>
internal sealed class DefaultExceptionHandler(
    IProblemDetailsService problemDetails, ServiceErrorCodes codes, ILogger<DefaultExceptionHandler> logger) : IExceptionHandler
{
    private static readonly TimeSpan UnavailableRetryAfter = TimeSpan.FromSeconds(10);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        int status;
        string detail;
        if (exception is BadHttpRequestException bad)
        {
            status = bad.StatusCode;
            detail = status switch
            {
                StatusCodes.Status413PayloadTooLarge => "请求内容超过允许的大小",
                StatusCodes.Status415UnsupportedMediaType => "请求的内容类型不受支持",
                _ => "请求格式错误，无法解析",
            };
            logger.LogInformation("Rejected a bad request: {Reason}", bad.Message);
        }
        else if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }
        else if (exception is ExecutionRejectedException)
        {
            status = StatusCodes.Status503ServiceUnavailable;
            detail = "依赖的服务暂时不可用，请稍后重试";
            ApiProblem.SetRetryAfter(httpContext.Response, UnavailableRetryAfter);
            logger.LogWarning(exception, "A dependency is unavailable");
        }
        else
        {
            status = StatusCodes.Status500InternalServerError;
            detail = "服务器处理请求时出错，请稍后重试";
            logger.LogError(exception, "Unhandled exception");
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = codes.Problem(status, detail, status == StatusCodes.Status400BadRequest ? "REQUEST_MALFORMED" : null),
        });
    }
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using Polly;
using StackExchange.Redis;

namespace AccountingPlatform.ServiceDefaults.Problems;

/// <summary>
/// Turns what a client can send wrong (malformed JSON, wrong media type, too large a body) into a 4xx problem, a
/// change that lost to a concurrent one (row version, unique index) into 409 <c>…_CONCURRENT_CHANGE</c>, a dependency
/// the resilience pipeline gave up on (Polly's timeout, an open circuit) or a store that does not answer (Redis,
/// PostgreSQL) into a 503 problem with <c>Retry-After</c>, and anything else into a logged 500 problem that reveals nothing.
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
        else if (StoredTextRefused(exception))
        {
            // A text PostgreSQL cannot keep (a NUL character) or longer than its column: the client's data, so a 400,
            // and nothing was written. Each API validates what it takes; this is the net under all of them.
            status = StatusCodes.Status400BadRequest;
            detail = "请求内容含有不允许的字符或超出长度限制";
            logger.LogInformation("Refused text the database cannot store: {Reason}", exception.InnerException?.Message ?? exception.Message);
        }
        else if (exception is DbUpdateConcurrencyException
            || exception is DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } })
        {
            // Two requests changed the same thing at once (a double click, two tabs): the first one won, this one
            // changed nothing. Not a server error: the client reads the current state and tries again.
            status = StatusCodes.Status409Conflict;
            detail = "数据已被同时修改，请刷新后重试";
            logger.LogInformation("A concurrent change lost: {Reason}", exception.InnerException?.Message ?? exception.Message);
        }
        else if (IsStoreUnavailable(exception))
        {
            status = StatusCodes.Status503ServiceUnavailable;
            detail = "服务暂时不可用，请稍后重试";
            ApiProblem.SetRetryAfter(httpContext.Response, UnavailableRetryAfter);
            logger.LogWarning(exception, "A store is unavailable");
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
            ProblemDetails = codes.Problem(status, detail, status switch
            {
                StatusCodes.Status400BadRequest => "REQUEST_MALFORMED",
                StatusCodes.Status409Conflict => "CONCURRENT_CHANGE",
                _ => null,
            }),
        });
    }

    /// <summary>
    /// Redis or PostgreSQL did not answer: the exception itself or what it wraps (EF Core's retrying strategy gives up
    /// with <see cref="RetryLimitExceededException"/> or an <see cref="InvalidOperationException"/> around the transient error).
    /// </summary>
    private static bool IsStoreUnavailable(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is RedisConnectionException or RedisTimeoutException or RetryLimitExceededException or NpgsqlException { IsTransient: true })
                return true;
        }
        return false;
    }

    /// <summary>22021: a NUL character (invalid in a PostgreSQL text); 22001: a value longer than its column.</summary>
    private static bool StoredTextRefused(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.StringDataRightTruncation })
                return true;
        }
        return false;
    }
}

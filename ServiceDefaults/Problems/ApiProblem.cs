using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.ServiceDefaults.Problems;

/// <summary>RFC 9457 problem results with a stable code and a Chinese message.</summary>
public static class ApiProblem
{
    public static ProblemHttpResult Create(int status, string code, string detail, IDictionary<string, string[]>? errors = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (errors is { Count: > 0 })
        {
            extensions["errors"] = errors;
        }
        return TypedResults.Problem(
            detail: detail,
            statusCode: status,
            title: ProblemTitles.For(status),
            type: TypeFor(code),
            extensions: extensions);
    }

    public static string TypeFor(string code) => $"urn:accounting-platform:problem:{code}";

    public static ProblemHttpResult Validation(string code, IDictionary<string, string[]> errors, string detail = "提交的信息有误，请检查后重试") =>
        Create(StatusCodes.Status400BadRequest, code, detail, errors);

    public static ProblemHttpResult BadRequest(string code, string detail) => Create(StatusCodes.Status400BadRequest, code, detail);
    public static ProblemHttpResult Unauthorized(string code, string detail) => Create(StatusCodes.Status401Unauthorized, code, detail);
    public static ProblemHttpResult Forbidden(string code, string detail) => Create(StatusCodes.Status403Forbidden, code, detail);
    public static ProblemHttpResult NotFound(string code, string detail) => Create(StatusCodes.Status404NotFound, code, detail);
    public static ProblemHttpResult Conflict(string code, string detail) => Create(StatusCodes.Status409Conflict, code, detail);
    public static ProblemHttpResult Unprocessable(string code, string detail) => Create(StatusCodes.Status422UnprocessableEntity, code, detail);
    public static ProblemHttpResult TooManyRequests(string code, string detail) => Create(StatusCodes.Status429TooManyRequests, code, detail);
    public static ProblemHttpResult Unavailable(string code, string detail) => Create(StatusCodes.Status503ServiceUnavailable, code, detail);

    /// <summary>503 with <c>Retry-After</c> (whole seconds, at least 1): a dependency is down, try again then.</summary>
    public static ProblemHttpResult Unavailable(HttpResponse response, TimeSpan retryAfter, string code, string detail)
    {
        SetRetryAfter(response, retryAfter);
        return Unavailable(code, detail);
    }

    /// <summary>Sets <c>Retry-After</c> in whole seconds, rounded up, at least 1 (423, 429 and 503 answers); returns those seconds for the message.</summary>
    public static long SetRetryAfter(HttpResponse response, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return seconds;
    }
}

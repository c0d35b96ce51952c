using AccountingPlatform.ServiceDefaults;
using System.Security.Cryptography;
using System.Text.Json;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace AccountingPlatform.ServiceDefaults.Idempotency;

/// <summary>
/// CONVENTIONS: a POST that creates something a client may retry accepts an <c>Idempotency-Key</c>; the same key with the
/// same request gives the first answer again (marked <c>Idempotent-Replayed: true</c>) without doing the work twice; the
/// same key with another request is refused; a retry while the first is still being answered is told to wait. Keys are
/// per caller (the user, or the client address before login) and kept 24 hours in Redis. Only a success is kept: a
/// refusal changed nothing, so a retry (perhaps after the candidate fixed something) is simply answered afresh.
/// </summary>
internal sealed class IdempotencyKeyFilter : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan Kept = TimeSpan.FromHours(24);
    private static readonly TimeSpan InProgressFor = TimeSpan.FromSeconds(60);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        var redis = http.RequestServices.GetService<IConnectionMultiplexer>();
        if (string.IsNullOrEmpty(key) || redis is null) return await next(context);

        var codes = http.RequestServices.GetRequiredService<ServiceErrorCodes>();
        if (key.Length > 100)
            return ApiProblem.Validation(codes.For("IDEMPOTENCY_KEY_INVALID"), new Dictionary<string, string[]> { [Header] = ["Idempotency-Key 不能超过100个字符"] });

        var caller = http.User.Identity?.IsAuthenticated == true ? http.User.GetUserId().ToString("N") : http.ClientAddress();
        RedisKey redisKey = $"idempotency:{codes.Prefix}:{caller}:{http.Request.Path}:{key}";
        var hash = RequestHash(context);
        var db = redis.GetDatabase();

        var pending = new StoredResponse(hash, 0, null, null, null);
        if (!await db.StringSetAsync(redisKey, JsonSerializer.SerializeToUtf8Bytes(pending), InProgressFor, When.NotExists))
        {
            var existing = await db.StringGetAsync(redisKey);
            var stored = existing.IsNullOrEmpty ? null : JsonSerializer.Deserialize<StoredResponse>((byte[])existing!);
            if (stored is null || stored.InProgress)
                return ApiProblem.Conflict(codes.For("IDEMPOTENCY_IN_PROGRESS"), "相同的请求正在处理中，请稍后查看结果");
            if (stored.RequestHash != hash)
                return ApiProblem.Unprocessable(codes.For("IDEMPOTENCY_KEY_REUSED"), "该 Idempotency-Key 已用于另一个不同的请求");
            return new ReplayResult(stored);
        }

        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            var result = await next(context);
            if (result is IResult answer) await answer.ExecuteAsync(http);
            else if (result is not null) await http.Response.WriteAsJsonAsync(result, result.GetType());
        }
        catch
        {
            await db.KeyDeleteAsync(redisKey);
            throw;
        }
        finally
        {
            http.Response.Body = original;
        }

        if (http.Response.StatusCode < 400)
        {
            var stored = new StoredResponse(hash, http.Response.StatusCode, http.Response.ContentType, http.Response.Headers.Location, buffer.ToArray());
            await db.StringSetAsync(redisKey, JsonSerializer.SerializeToUtf8Bytes(stored), Kept);
        }
        else
        {
            await db.KeyDeleteAsync(redisKey);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
        return Results.Empty;
    }

    /// <summary>What the request asked for: its bound arguments other than services, the context and the cancellation token.</summary>
    private static string RequestHash(EndpointFilterInvocationContext context)
    {
        var services = context.HttpContext.RequestServices.GetService<IServiceProviderIsService>();
        var arguments = context.Arguments
            .Where(a => a is not null and not HttpContext and not CancellationToken && services?.IsService(a.GetType()) != true)
            .Select(a => JsonSerializer.Serialize(a, a!.GetType()));
        return Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", arguments))));
    }

    private sealed class ReplayResult(StoredResponse stored) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = stored.Status;
            if (stored.ContentType is not null) http.Response.ContentType = stored.ContentType;
            if (stored.Location is not null) http.Response.Headers.Location = stored.Location;
            http.Response.Headers["Idempotent-Replayed"] = "true";
            await http.Response.Body.WriteAsync(stored.Body);
        }
    }
}

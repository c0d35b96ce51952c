using System.Threading.RateLimiting;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Data;
using Microsoft.AspNetCore.RateLimiting;

namespace AccountingPlatform.Gateway;

/// <summary>
/// Fixed one-minute windows per client address for login and password recovery, captchas and SMS sending
/// (<c>Gateway:RateLimits</c>), counted in Redis so that they hold across every gateway instance.
/// </summary>
public static class RateLimitPolicies
{
    public const string Login = "login";
    public const string Sms = "sms";
    public const string Captcha = "captcha";

    public static IHostApplicationBuilder AddGatewayRateLimits(this IHostApplicationBuilder builder)
    {
        var loginPerMinute = builder.Configuration.GetValue("Gateway:RateLimits:LoginPerMinute", 20);
        var smsPerMinute = builder.Configuration.GetValue("Gateway:RateLimits:SmsPerMinute", 5);
        var captchaPerMinute = builder.Configuration.GetValue("Gateway:RateLimits:CaptchaPerMinute", 30);
        // The counts are in Redis; the gateway stays ready without it (the limits then let requests through).
        builder.AddRedis(healthCheck: false);
        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(Login, ctx => PerClientAddress(ctx, Login, loginPerMinute));
            o.AddPolicy(Sms, ctx => PerClientAddress(ctx, Sms, smsPerMinute));
            o.AddPolicy(Captcha, ctx => PerClientAddress(ctx, Captcha, captchaPerMinute));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = ApiProblem.SetRetryAfter(context.HttpContext.Response,
                    context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var ra) ? ra : TimeSpan.FromMinutes(1));
                await ApiProblem.TooManyRequests("GATEWAY_TOO_MANY_REQUESTS", $"请求过于频繁，请{retryAfter}秒后再试")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }

    private static RateLimitPartition<string> PerClientAddress(HttpContext context, string policy, int permitsPerMinute) =>
        RateLimitPartition.Get($"{policy}:{context.Connection.RemoteIpAddress}", key => new SharedFixedWindowLimiter(
            context.RequestServices.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>(), key, permitsPerMinute, TimeSpan.FromMinutes(1),
            context.RequestServices.GetRequiredService<TimeProvider>(),
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitPolicies))));
}

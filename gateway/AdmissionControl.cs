using System.Threading.RateLimiting;
using AccountingPlatform.ServiceDefaults.Problems;

namespace AccountingPlatform.Gateway;

/// <summary>
/// Admission control for the rush: past what the services behind it can serve, the gateway answers at once 503
/// <c>GATEWAY_BUSY</c> with <c>Retry-After</c>, instead of letting requests queue until they time out. Two bounded
/// pools (<see cref="AdmissionOptions"/>): password checks (login, registration, password reset and change) and every
/// other API call; each lets a number through at a time and keeps at most a short queue, oldest first.
/// </summary>
public static class AdmissionControl
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    public static IHostApplicationBuilder AddAdmissionControl(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Gateway:Admission").Get<AdmissionOptions>() ?? new AdmissionOptions();
        builder.Services.AddSingleton(new AdmissionPools(Pool(options.PasswordConcurrency, options.PasswordQueue), Pool(options.Concurrency, options.Queue)));
        return builder;
    }

    public static IApplicationBuilder UseAdmissionControl(this IApplicationBuilder app)
    {
        var pools = app.ApplicationServices.GetRequiredService<AdmissionPools>();
        return app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api"))
            {
                await next(context);
                return;
            }
            using var lease = await (ChecksPassword(context.Request) ? pools.Passwords : pools.Others).AcquireAsync(1, context.RequestAborted);
            if (!lease.IsAcquired)
            {
                await ApiProblem.Unavailable(context.Response, RetryAfter, "GATEWAY_BUSY", "当前访问人数较多，请稍后再试").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
    }

    /// <summary>The calls that hash a password: login, registration, password reset and change.</summary>
    public static bool ChecksPassword(HttpRequest request) =>
        (HttpMethods.IsPost(request.Method) && (request.Path.Equals("/api/identity/tokens", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/api/identity/users", StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals("/api/identity/password-resets", StringComparison.OrdinalIgnoreCase)))
        || (HttpMethods.IsPut(request.Method) && request.Path.Equals("/api/identity/users/me/password", StringComparison.OrdinalIgnoreCase));

    private static ConcurrencyLimiter Pool(int concurrency, int queue) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = concurrency, QueueLimit = queue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });
}

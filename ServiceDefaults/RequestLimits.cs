using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AccountingPlatform.ServiceDefaults;

/// <summary>
/// One cap on request bodies for the whole platform: the gateway refuses a larger request before proxying it (so a
/// service never has to cut off an upload half-way, which the proxy would report as a bad gateway), and every
/// process enforces the same cap itself. Three 500 KB photos and their form fit with room to spare.
/// </summary>
public static class RequestLimits
{
    public const long MaxRequestBodyBytes = 2 * 1024 * 1024;

    /// <summary>
    /// The one route allowed a larger body: an administrator's results file (<c>POST /api/enrollment/admin/exams/{code}/results</c>),
    /// read as it streams (500,000 lines of a large province with the holder's columns). The gateway lets it through,
    /// the service raises its own cap for that route alone.
    /// </summary>
    public const long MaxResultsFileBytes = 100 * 1024 * 1024;

    /// <summary>
    /// The staff console's 成绩导入 form (<c>POST /staff/admin/results</c>): the same file, and the form around it (the
    /// exam, the antiforgery token, a checked file kept in the form), which the portal sends on to the API as it streams.
    /// </summary>
    public const long MaxResultsFormBytes = MaxResultsFileBytes + MaxRequestBodyBytes;

    /// <summary>
    /// The cap for a request: <see cref="MaxResultsFileBytes"/> for a results file, <see cref="MaxResultsFormBytes"/> for
    /// the console's form that sends one, <see cref="MaxRequestBodyBytes"/> otherwise.
    /// </summary>
    public static long MaxBodyBytes(string method, string path) => method != "POST" ? MaxRequestBodyBytes
        : path.StartsWith("/api/enrollment/admin/exams/", StringComparison.Ordinal) && path.EndsWith("/results", StringComparison.Ordinal) ? MaxResultsFileBytes
        : string.Equals(path, "/staff/admin/results", StringComparison.OrdinalIgnoreCase) ? MaxResultsFormBytes
        : MaxRequestBodyBytes;

    /// <summary>
    /// Raises this process's cap to <see cref="MaxBodyBytes"/> for the request's route. Placed after authorization, so
    /// only someone allowed on that route may send that much.
    /// </summary>
    public static IApplicationBuilder UseRouteRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var cap = MaxBodyBytes(context.Request.Method, context.Request.Path.Value ?? "");
        if (cap != MaxRequestBodyBytes && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = cap;
        await next(context);
    });

    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        return builder;
    }
}

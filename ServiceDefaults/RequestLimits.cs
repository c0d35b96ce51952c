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

    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        return builder;
    }
}

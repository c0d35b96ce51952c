using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Text.Json.Serialization;
using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.Hosting;

/// <summary>What every service and the gateway share, after eShop's ServiceDefaults.</summary>
public static class Extensions
{
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, string errorCodePrefix)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.AddDefaultProblemDetails(errorCodePrefix);
        builder.AddRequestLimits();
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(ClientEnums.Converter()));  // "channel": 7 is not a channel
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new BeijingTimeJsonConverter()));
        return builder;
    }

    public static IHostApplicationBuilder AddDefaultHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary><c>/health</c>: ready (every dependency answers; statuses only); <c>/health/detail</c>: the same with the reasons, on loopback only; <c>/alive</c>: the process runs.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync })
            .AllowAnonymous();
        app.MapHealthChecks("/health/detail", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteDetailAsync })
            .AllowAnonymous()
            .AddEndpointFilter((context, next) => System.Net.IPAddress.IsLoopback(context.HttpContext.Connection.RemoteIpAddress ?? System.Net.IPAddress.None)
                ? next(context)
                : ValueTask.FromResult<object?>(Results.NotFound()));
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") })
            .AllowAnonymous();
        return app;
    }
}

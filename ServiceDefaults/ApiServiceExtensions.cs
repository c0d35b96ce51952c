using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using AccountingPlatform.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>What every platform API service has, written once (the gateway and the channel emulator are not API services).</summary>
public static class ApiServiceExtensions
{
    /// <summary>
    /// The service defaults with error codes prefixed by the service's name, its own database (<c>{name}db</c>, migrated
    /// before it serves), Redis, JWT authentication against Identity's keys, and an OpenAPI document.
    /// </summary>
    public static WebApplicationBuilder AddApiService<TContext>(this WebApplicationBuilder builder, string name)
        where TContext : DbContext
    {
        builder.AddServiceDefaults(name.ToUpperInvariant());
        builder.AddServiceDatabase<TContext>($"{name}db");
        builder.AddRedis();
        builder.AddDefaultAuthentication();
        builder.Services.AddOpenApi();
        return builder;
    }

    /// <summary>The client address as the gateway forwards it (<see cref="ForwardedClientAddress"/>), problem responses, enum query parameters by the rule of JSON bodies (<see cref="EnumQueryParameters"/>), <c>/health</c> and <c>/alive</c>, and the OpenAPI document at <c>/api/{name}/openapi/v1.json</c>.</summary>
    public static WebApplication UseApiService(this WebApplication app, string name)
    {
        app.UseForwardedClientAddress(trustLoopbackUnlessConfigured: true);
        app.UseDefaultProblemDetails();
        app.UseStrictEnumQueryParameters();
        app.MapDefaultEndpoints();
        app.MapOpenApi($"/api/{name}/openapi/{{documentName}}.json").AllowAnonymous();
        return app;
    }
}

using AccountingPlatform.AppHost.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace AccountingPlatform.AppHost;

public static class PlatformServices
{
    /// <summary>
    /// A platform service: its own database (<c>{name}db</c>), RabbitMQ and Redis, each waited for until healthy; an
    /// HTTP endpoint; <c>/health</c> as its health check. Projects have no launch profile here: the AppHost sets all.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddPlatformService<TProject>(this IDistributedApplicationBuilder builder,
        string name, PlatformInfrastructure infrastructure)
        where TProject : IProjectMetadata, new()
    {
        var database = infrastructure.AddDatabase($"{name}db");
        return builder.AddProject<TProject>(name, launchProfileName: null)
            .WithReplicas(builder.Replicas())
            .WithHttpEndpoint()
            .WithHttpHealthCheck("/health")
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
            .WithFewMallocArenas()
            .WithReference(database).WaitFor(database)
            .WithReference(infrastructure.RabbitMq).WaitFor(infrastructure.RabbitMq)
            .WithReference(infrastructure.Redis).WaitFor(infrastructure.Redis);
    }

    /// <summary>
    /// How many instances of each service, of the gateway and of the web app run (<c>Platform:Replicas</c>, environment
    /// <c>Platform__Replicas</c>; 1 unless set). A service's or the web app's instances share one address, the
    /// orchestrator's proxy, which spreads connections over them; each gateway instance has its own address.
    /// </summary>
    public static int Replicas(this IDistributedApplicationBuilder builder)
    {
        var replicas = builder.Configuration.GetValue("Platform:Replicas", 1);
        return replicas >= 1 ? replicas : throw new InvalidOperationException($"Platform:Replicas must be 1 or more, not {replicas}.");
    }

    /// <summary>Per-address limits and admission pools at the gateway (<c>Gateway:RateLimits:*</c>, <c>Gateway:Admission:*</c> of the AppHost's configuration, else the defaults).</summary>
    public static IResourceBuilder<ProjectResource> WithGatewayRateLimits(this IResourceBuilder<ProjectResource> gateway, IConfiguration configuration)
    {
        foreach (var (limit, fallback) in new[] { ("LoginPerMinute", "60"), ("SmsPerMinute", "30"), ("CaptchaPerMinute", "60") })
            gateway.WithEnvironment($"Gateway__RateLimits__{limit}", configuration[$"Gateway:RateLimits:{limit}"] ?? fallback);
        // Admission control's pools (Gateway:Admission:*), where the AppHost's configuration sets them; else the gateway's defaults.
        foreach (var pool in configuration.GetSection("Gateway:Admission").GetChildren())
            gateway.WithEnvironment($"Gateway__Admission__{pool.Key}", pool.Value);
        return gateway;
    }
}

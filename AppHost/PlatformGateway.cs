namespace AccountingPlatform.AppHost;

public static class PlatformGateway
{
    /// <summary>
    /// Instance <paramref name="index"/> of the gateway: <c>gateway</c>, then <c>gateway2</c>, <c>gateway3</c>… It takes
    /// client connections itself, not through the orchestrator's proxy, so the address it sees is the client's
    /// (per-address limits, the address recorded with a commitment); a proxy-less endpoint cannot be shared by replicas,
    /// so each instance is a resource of its own on its own port: 5080 + index, or any free one when the platform runs on
    /// random ports (tests, benchmarks).
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddGateway(this IDistributedApplicationBuilder builder, int index) =>
        builder.AddProject<Projects.AccountingPlatform_Gateway>(index == 0 ? "gateway" : $"gateway{index + 1}", launchProfileName: null)
            .WithHttpEndpoint(port: builder.Configuration["DcpPublisher:RandomizePorts"] == "true" ? null : 5080 + index, isProxied: false)
            .WithExternalHttpEndpoints()
            .WithHttpHealthCheck("/health")
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
            .WithFewMallocArenas()
            .WithGatewayRateLimits(builder.Configuration);
}

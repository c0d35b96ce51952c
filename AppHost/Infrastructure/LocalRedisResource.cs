using Aspire.Hosting.ApplicationModel;

namespace AccountingPlatform.AppHost.Infrastructure;

/// <summary>Redis from Debian's package as a local process (deploy/local/servers/redis.sh).</summary>
public sealed class LocalRedisResource(string name, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public ParameterResource Password => password;
    public EndpointReference Endpoint => new(this, LocalServers.EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"{Endpoint.Property(EndpointProperty.Host)}:{Endpoint.Property(EndpointProperty.Port)},password={Password}");
}

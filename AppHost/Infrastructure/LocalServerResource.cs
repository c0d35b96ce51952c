using Aspire.Hosting.ApplicationModel;

namespace AccountingPlatform.AppHost.Infrastructure;

/// <summary>A server from Debian's packages run as a local process by a foreground script (deploy/local/servers/),
/// with one TCP endpoint and a password from an AppHost parameter.</summary>
public abstract class LocalServerResource(string name, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public ParameterResource Password => password;
    public EndpointReference Endpoint => new(this, LocalServers.EndpointName);
    protected EndpointReferenceExpression Host => Endpoint.Property(EndpointProperty.Host);
    protected EndpointReferenceExpression Port => Endpoint.Property(EndpointProperty.Port);

    public abstract ReferenceExpression ConnectionStringExpression { get; }
}

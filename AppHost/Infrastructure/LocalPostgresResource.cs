using Aspire.Hosting.ApplicationModel;

namespace AccountingPlatform.AppHost.Infrastructure;

/// <summary>PostgreSQL from Debian's package as a local process (deploy/local/servers/postgres.sh).</summary>
public sealed class LocalPostgresResource(string name, string workingDirectory, ParameterResource password)
    : LocalServerResource(name, workingDirectory, password)
{
    public override ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"Host={Host};Port={Port};Username=postgres;Password={Password}");
}

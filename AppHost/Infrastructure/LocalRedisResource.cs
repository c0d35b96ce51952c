using Aspire.Hosting.ApplicationModel;

namespace AccountingPlatform.AppHost.Infrastructure;

/// <summary>Redis from Debian's package as a local process (deploy/local/servers/redis.sh).</summary>
public sealed class LocalRedisResource(string name, string workingDirectory, ParameterResource password)
    : LocalServerResource(name, workingDirectory, password)
{
    public override ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Host}:{Port},password={Password}");
}

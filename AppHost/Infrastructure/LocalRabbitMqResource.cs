using Aspire.Hosting.ApplicationModel;

namespace AccountingPlatform.AppHost.Infrastructure;

/// <summary>RabbitMQ from Debian's package as a local process (deploy/local/servers/rabbitmq.sh).</summary>
public sealed class LocalRabbitMqResource(string name, string workingDirectory, ParameterResource password)
    : LocalServerResource(name, workingDirectory, password)
{
    public const string UserName = "platform";

    public override ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://{UserName}:{Password}@{Host}:{Port}/");
}

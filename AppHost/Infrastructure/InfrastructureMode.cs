namespace AccountingPlatform.AppHost.Infrastructure;

/// <summary>How PostgreSQL, RabbitMQ and Redis run: as containers (Aspire's container resources) or as local processes
/// from Debian's packages (executable resources). The services see the same configuration names either way.</summary>
public enum InfrastructureMode
{
    Containers,
    Processes,
}

using System.Diagnostics;
using Npgsql;

namespace AccountingPlatform.ServiceDefaults.Data;

/// <summary>
/// Database commands are traced as part of a traced operation (a request, a consumed message, an outbox publish), never
/// as traces of their own: the outbox relay polls every service's database every 2 s and health checks query it too,
/// and each such poll would otherwise be a root trace that buries the candidates' requests in the dashboard.
/// </summary>
public static class DatabaseTracing
{
    public static void OnlyWithinTracedOperations(NpgsqlDataSourceBuilder dataSource) =>
        dataSource.ConfigureTracing(tracing => tracing
            .ConfigureCommandFilter(_ => Activity.Current is { Recorded: true })
            .ConfigureBatchFilter(_ => Activity.Current is { Recorded: true }));
}

using AccountingPlatform.IntegrationTests.Support;
using Npgsql;

namespace AccountingPlatform.IntegrationTests.Conventions;

/// <summary>
/// The number of rows of every table in every service's database (<c>service.schema.table</c>), from
/// <c>information_schema</c>, except tables that change without any request asking it (<see cref="Excluded"/>).
/// </summary>
public static class TableRowCounts
{
    public static readonly string[] Services = ["identity", "realname", "personnel", "review", "enrollment", "payment"];

    /// <summary>Tables whose row count changes with no request to the service, so counting them would prove nothing.</summary>
    public static readonly IReadOnlySet<string> Excluded = new HashSet<string>
    {
        // EF Core's own bookkeeping: written by migrations at start-up only.
        "__EFMigrationsHistory",
        // The transactional outbox: every service's relay marks and prunes what it has sent, in the background, and the
        // workers below add to it (an expired enrollment, a reconciled order) at a time no request decides. A request
        // that wrote would have to write its own table too (the outbox is written in the same transaction), which the
        // other tables show.
        "outbox_messages",
        // The inbox: a consumer records each message it handles, when the broker delivers events of earlier requests.
        "inbox_messages",
        // Payment's view of enrollments, written by its consumers of Enrollment's events, among them EnrollmentExpired
        // that Enrollment's expiry worker publishes whenever an earlier test's enrollment runs out of time.
        "payable_enrollments",
    };

    public static async Task<IReadOnlyDictionary<string, long>> TakeAsync()
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var service in Services)
        {
            await using var connection = new NpgsqlConnection(PlatformEnvironment.DatabaseConnectionString(service));
            await connection.OpenAsync();
            var tables = new List<(string Schema, string Name)>();
            await using (var list = new NpgsqlCommand(
                "SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' " +
                "AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2", connection))
            await using (var reader = await list.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync()) tables.Add((reader.GetString(0), reader.GetString(1)));
            }
            foreach (var (schema, name) in tables.Where(t => !Excluded.Contains(t.Name)))
            {
                await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{schema}\".\"{name}\"", connection);
                counts[$"{service}.{schema}.{name}"] = (long)(await count.ExecuteScalarAsync())!;
            }
        }
        return counts;
    }

    /// <summary>
    /// Counts once nothing has changed for two seconds (the events of the callers' own registration and login have
    /// been consumed), or after <paramref name="atMost"/> whatever they are then.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, long>> TakeWhenSettledAsync(TimeSpan atMost)
    {
        var until = PlatformEnvironment.Now + atMost;
        var previous = await TakeAsync();
        while (PlatformEnvironment.Now < until)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var current = await TakeAsync();
            if (Differences(previous, current).Count == 0) return current;
            previous = current;
        }
        return previous;
    }

    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        before.Keys.Union(after.Keys)
            .Select(k => (Table: k, Before: before.GetValueOrDefault(k), After: after.GetValueOrDefault(k)))
            .Where(d => d.Before != d.After)
            .Select(d => $"{d.Table}: {d.Before} -> {d.After}")
            .ToList();
}

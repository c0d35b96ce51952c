using AccountingPlatform.Benchmarks.Platform;
using AccountingPlatform.Benchmarks.Report;
using Npgsql;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// Counts the run's events (those written since it began) in the six databases once the platform is quiet: every outbox row published, and every
/// event of a type a consumer takes recorded in that consumer's inbox (the inbox row is written with the consumer's
/// change). Waits up to a minute for deliveries still on their way; what is missing after that is lost.
/// </summary>
public static class EventCount
{
    public static async Task<EventLedger> CountAsync(PlatformTarget platform, DateTimeOffset since, TimeSpan settle, TimeProvider clock)
    {
        var deadline = clock.GetUtcNow() + settle;
        while (true)
        {
            var ledger = await ReadAsync(platform, since);
            if (ledger.Lost == 0 || clock.GetUtcNow() > deadline) return ledger;
            await Task.Delay(TimeSpan.FromSeconds(1), clock);
        }
    }

    private static async Task<EventLedger> ReadAsync(PlatformTarget platform, DateTimeOffset since)
    {
        var written = new Dictionary<Guid, (string Type, bool Published)>();
        var delivered = new HashSet<(Guid, string)>();
        foreach (var service in PlatformTarget.Services)
        {
            await using var connection = new NpgsqlConnection(await platform.ConnectionStringAsync($"{service}db"));
            await connection.OpenAsync();
            await using (var outbox = new NpgsqlCommand("SELECT id, message_type, published_at IS NOT NULL FROM outbox_messages WHERE occurred_at >= @since", connection)
                { Parameters = { new NpgsqlParameter("since", since) } })
            await using (var rows = await outbox.ExecuteReaderAsync())
                while (await rows.ReadAsync()) written[rows.GetGuid(0)] = (rows.GetString(1), rows.GetBoolean(2));
            await using (var inbox = new NpgsqlCommand("SELECT message_id, consumer FROM inbox_messages", connection))
            await using (var rows = await inbox.ExecuteReaderAsync())
                while (await rows.ReadAsync()) delivered.Add((rows.GetGuid(0), rows.GetString(1)));
        }
        // The consumers of each event type: those that took at least one event of it.
        var consumers = delivered.Where(d => written.ContainsKey(d.Item1)).GroupBy(d => written[d.Item1].Type)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Item2).ToHashSet());
        var expected = written.SelectMany(w => consumers.GetValueOrDefault(w.Value.Type, []).Select(c => (w.Key, c))).ToList();
        return new EventLedger(written.Count, written.Count(w => !w.Value.Published), expected.Count,
            expected.Count(e => !delivered.Contains(e)),
            await ScalarAsync(platform, "enrollmentdb", "SELECT count(*) FROM enrollments WHERE \"Status\" = 'Confirmed'"),
            await ScalarAsync(platform, "paymentdb", "SELECT count(*) FROM payment_orders WHERE \"Status\" = 'Paid'"));
    }

    private static async Task<int> ScalarAsync(PlatformTarget platform, string database, string sql)
    {
        await using var connection = new NpgsqlConnection(await platform.ConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// PostgreSQL's own speed on the same server: pgbench's TPC-B-like transaction (three updates, a select, an insert)
/// in a scratch database, created and dropped here.
/// </summary>
public static partial class Pgbench
{
    private const string Database = "pgbench_baseline";

    public static async Task<double> TransactionsPerSecondAsync(string connectionString, int scale, int clients, TimeSpan window)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {Database}");
        await ExecuteAsync(server, $"CREATE DATABASE {Database}");
        try
        {
            await RunAsync(server, "-i", "-s", scale.ToString(CultureInfo.InvariantCulture), "-q", Database);
            var output = await RunAsync(server, "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2",
                "-T", ((int)Math.Max(1, window.TotalSeconds)).ToString(CultureInfo.InvariantCulture), Database);
            var tps = Tps().Match(output);
            return tps.Success ? double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"pgbench said: {output}");
        }
        finally
        {
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {Database}");
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnectionStringBuilder server, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> RunAsync(NpgsqlConnectionStringBuilder server, params string[] arguments)
    {
        var start = new ProcessStartInfo("pgbench") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])["-h", server.Host!, "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-U", server.Username!, .. arguments])
            start.ArgumentList.Add(a);
        start.Environment["PGPASSWORD"] = server.Password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pgbench did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"pgbench {string.Join(' ', arguments)}: {await errors}");
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}

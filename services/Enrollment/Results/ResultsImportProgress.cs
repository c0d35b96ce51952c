using Npgsql;

namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// What an administrator watching a job sees while its file is read: the lines read so far, written on a connection of
/// its own (the file's lines go to the staging table in a transaction nobody else sees until it is committed), and the
/// failure if the upload breaks off.
/// </summary>
public sealed class ResultsImportProgress(NpgsqlConnection staging, Guid importId, TimeProvider clock) : IAsyncDisposable
{
    private NpgsqlConnection? _connection;

    public Task LinesReadAsync(int lines, CancellationToken cancellationToken) => ExecuteAsync(
        """UPDATE results_imports SET "LinesRead" = @lines, "UpdatedAt" = @now WHERE "Id" = @id AND "State" = 'Checking'""",
        command => command.Parameters.AddWithValue("lines", lines), cancellationToken);

    /// <summary>Best effort: when the database itself failed, the job is failed later as abandoned (<see cref="ResultsImportJob.Abandoned"/>).</summary>
    public async Task FailAsync(string reason)
    {
        try
        {
            await ExecuteAsync(
                """UPDATE results_imports SET "State" = 'Failed', "Failure" = @reason, "FinishedAt" = @now, "UpdatedAt" = @now WHERE "Id" = @id AND "State" = 'Checking'""",
                command => command.Parameters.AddWithValue("reason", reason), CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException) { }
    }

    private async Task ExecuteAsync(string sql, Action<NpgsqlCommand> parameters, CancellationToken cancellationToken)
    {
        if (_connection is null)
        {
            var connection = staging.CloneWith(staging.ConnectionString);   // the same settings, password included (an open connection's string has none)
            await connection.OpenAsync(cancellationToken);
            _connection = connection;
        }
        await using var command = new NpgsqlCommand(sql, _connection);
        command.Parameters.AddWithValue("id", importId);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        parameters(command);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}

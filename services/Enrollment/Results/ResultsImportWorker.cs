using AccountingPlatform.Enrollment.Data;
using Npgsql;

namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// Merges the queued results imports, in every instance: each job is claimed by exactly one of them
/// (<c>FOR UPDATE SKIP LOCKED</c>, <see cref="ResultsImportMerge"/>), woken by this instance's uploads
/// (<see cref="ResultsImportSignal"/>) or finding the others' on its poll. A merge that fails for a passing reason (the
/// database unreachable) is rolled back and taken again once abandoned; one the database refuses for good fails the job.
/// </summary>
public sealed class ResultsImportWorker(IServiceScopeFactory scopes, ResultsImportSignal signal, TimeProvider clock, ILogger<ResultsImportWorker> logger)
    : BackgroundService
{
    /// <summary>How often an idle instance looks for a job: the instance that queued one merges it at once (signalled); the poll finds
    /// those whose instance stopped before it could, and costs two indexed statements.</summary>
    public static readonly TimeSpan Poll = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await MergeNextAsync(stoppingToken)) { }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Merging a results import failed; trying again in {Poll}", Poll);
            }
            await signal.WaitAsync(Poll, stoppingToken);
        }
    }

    private async Task<bool> MergeNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        if (await ResultsImportMerge.ClaimAsync(db, clock.GetUtcNow(), cancellationToken) is not { } id) return false;
        var started = clock.GetTimestamp();
        try
        {
            await ResultsImportMerge.MergeAsync(id, db, clock, cancellationToken);
        }
        catch (PostgresException e) when (!e.IsTransient)
        {
            logger.LogError(e, "Results import {Import} could not be merged; it fails", id);
            db.ChangeTracker.Clear();
            await ResultsImportMerge.FailAsync(id, db, clock.GetUtcNow(), cancellationToken);
            return true;
        }
        logger.LogInformation("Merged results import {Import} in {Elapsed}", id, clock.GetElapsedTime(started));
        return true;
    }
}

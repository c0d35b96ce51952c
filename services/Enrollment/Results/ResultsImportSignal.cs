namespace AccountingPlatform.Enrollment.Results;

/// <summary>
/// Wakes this instance's <see cref="ResultsImportWorker"/> when this instance has just queued a job, so a small file is
/// merged at once; jobs queued by other instances are found by the worker's poll.
/// </summary>
public sealed class ResultsImportSignal
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    public void Wake()
    {
        try { _queued.Release(); }
        catch (SemaphoreFullException) { }   // already awake
    }

    public Task WaitAsync(TimeSpan atMost, CancellationToken cancellationToken) => _queued.WaitAsync(atMost, cancellationToken);
}

using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Messaging;

/// <summary>
/// Wakes the relay as soon as a transaction that wrote outbox rows commits, so it need not poll fast.
/// Commits that wrote no outbox row (the relay's own among them) do not wake it.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    /// <summary>The context has saved outbox rows inside a transaction that has not committed yet.</summary>
    internal void MarkPending(DbContext context) => _pending.AddOrUpdate(context, this);

    /// <summary>The context's transaction committed: wake the relay if it carried outbox rows.</summary>
    internal void NotifyIfPending(DbContext context)
    {
        if (_pending.Remove(context)) Notify();
    }

    /// <summary>The context's transaction rolled back: its outbox rows are gone.</summary>
    internal void Forget(DbContext context) => _pending.Remove(context);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try { _signal.Release(); } catch (SemaphoreFullException) { }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}

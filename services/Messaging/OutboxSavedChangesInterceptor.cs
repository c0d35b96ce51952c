using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AccountingPlatform.Messaging;

/// <summary>
/// Notes whether a save adds outbox rows. Outside an explicit transaction the save has committed when it returns, so
/// the relay is woken at once; inside one, <see cref="OutboxTransactionCommittedInterceptor"/> wakes it on commit.
/// </summary>
internal sealed class OutboxSavedChangesInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _addingOutboxRows = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context) _addingOutboxRows.Remove(context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null) return;
        var adding = context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        if (adding) _addingOutboxRows.AddOrUpdate(context, this);
        else _addingOutboxRows.Remove(context);
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !_addingOutboxRows.Remove(context)) return;
        if (context.Database.CurrentTransaction is null) signal.Notify();
        else signal.MarkPending(context);
    }
}

using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AccountingPlatform.Messaging;

/// <summary>After a save outside an explicit transaction (which commits at once), wake the relay.</summary>
internal sealed class OutboxSavedChangesInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) signal.Notify();
        return ValueTask.FromResult(result);
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AccountingPlatform.Messaging;

/// <summary>After an explicit transaction commits (e.g. a consumer's), wake the relay.</summary>
internal sealed class OutboxTransactionCommittedInterceptor(OutboxSignal signal) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return Task.CompletedTask;
    }
}

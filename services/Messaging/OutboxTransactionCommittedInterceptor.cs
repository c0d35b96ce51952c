using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AccountingPlatform.Messaging;

/// <summary>After an explicit transaction that saved outbox rows commits (e.g. a consumer's), wake the relay.</summary>
internal sealed class OutboxTransactionCommittedInterceptor(OutboxSignal signal) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) signal.NotifyIfPending(context);
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) signal.Forget(context);
    }
}

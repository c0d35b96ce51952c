using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AccountingPlatform.Messaging;

/// <summary>
/// Applies a message at most once per consumer: the message id is recorded in <c>inbox_messages</c> in the same
/// transaction as the consumer's changes (and any events it writes to the outbox). A redelivered message finds its
/// id already there and changes nothing; two concurrent deliveries serialize on the inbox row.
/// </summary>
public abstract class IdempotentConsumer<TContext, TMessage>(TContext db, ILogger logger) : IConsumer<TMessage>
    where TContext : DbContext
    where TMessage : class
{
    protected TContext Db { get; } = db;

    /// <summary>The service's clock (its <see cref="TimeProvider"/>), for the times the consumer records.</summary>
    protected TimeProvider Clock { get; private set; } = TimeProvider.System;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.");
        var consumer = GetType().Name;
        var cancellationToken = context.CancellationToken;
        Clock = context.GetServiceOrCreateInstance<TimeProvider>();

        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        var firstTime = await Db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {consumer}, {Clock.GetUtcNow()}) ON CONFLICT DO NOTHING",
            cancellationToken) == 1;
        if (!firstTime)
        {
            logger.LogInformation("{Consumer} already applied message {MessageId}; ignoring the redelivery", consumer, messageId);
            return;
        }

        await HandleAsync(context.Message, cancellationToken);
        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Apply the message to <see cref="Db"/>; do not call SaveChanges (the base class commits).</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}

using System.Diagnostics;
using AccountingPlatform.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AccountingPlatform.Messaging;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ and marks them published. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so several instances of a service relay side by side without publishing a row twice
/// under normal operation; a crash between publish and mark may publish once more, which idempotent consumers absorb.
/// While the broker is down rows stay unpublished and are retried with back-off.
/// </summary>
public sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes, IBus bus, OutboxSignal signal, TimeProvider clock, ILogger<OutboxRelay<TContext>> logger)
    : BackgroundService where TContext : DbContext
{
    private const int BatchSize = 100;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private static readonly ActivitySource Source = new("AccountingPlatform.Messaging");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (published, failed) = await RelayBatchAsync(stoppingToken);
                if (failed)
                {
                    failures++;
                    await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures, 5)))), stoppingToken);
                    continue;
                }
                failures = 0;
                if (published == BatchSize) continue;
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                logger.LogWarning(ex, "Outbox relay for {Context} failed; retrying", typeof(TContext).Name);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, failures * 2)), stoppingToken);
            }
        }
    }

    private async Task<(int Published, bool Failed)> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.Set<OutboxMessage>()
            .FromSql($"SELECT * FROM outbox_messages WHERE published_at IS NULL ORDER BY id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);

        var published = 0;
        var failed = false;
        foreach (var message in batch)
        {
            try
            {
                await PublishAsync(message, cancellationToken);
                message.PublishedAt = clock.GetUtcNow();
                published++;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                message.Attempts++;
                message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                logger.LogWarning("Publishing outbox message {MessageId} ({Type}) failed: {Error}", message.Id, message.MessageType, ex.Message);
                failed = true;
                break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (published, failed);
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = typeof(IIntegrationEvent).Assembly.GetType(message.MessageType)
            ?? throw new InvalidOperationException($"Unknown integration event type {message.MessageType}.");
        using var activity = Source.StartActivity("outbox publish", ActivityKind.Producer, message.TraceParent);
        activity?.SetTag("messaging.message.id", message.Id);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PublishTimeout);
        await bus.Publish(message.Deserialize(type), type, context => context.MessageId = message.Id, timeout.Token);
    }
}

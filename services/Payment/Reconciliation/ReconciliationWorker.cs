using AccountingPlatform.Payment.Data;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Payment.Reconciliation;

/// <summary>
/// Makes payments never lost and codes never left open: every pending order due a check (some time after it was made,
/// then at back-off, and when its code expires), and every closed one whose code its channel may still have taken money
/// on, is looked at on its channel by <see cref="OrderReconciliation"/>. Due
/// orders are claimed one at a time with <c>FOR UPDATE SKIP LOCKED</c>, so several instances of Payment share the work
/// and never apply one order twice; a concurrent notify for the claimed order waits, fails its version check and is
/// answered as a failure, so the channel retries it and finds it applied.
/// </summary>
public sealed class ReconciliationWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReconciliationWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await CheckNextDueAsync(stoppingToken)) continue;
                await Task.Delay(PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "The reconciliation worker failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(10), clock, stoppingToken);
            }
        }
    }

    /// <summary>One check of the order due first; false when none is due.</summary>
    private async Task<bool> CheckNextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = await db.Orders
            .FromSql($"""
                SELECT *, xmin FROM payment_orders WHERE "Status" IN ('Pending', 'Closed') AND "NextCheckAt" <= {now}
                ORDER BY "NextCheckAt" LIMIT 1 FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (due is not [var order]) return false;

        try
        {
            await scope.ServiceProvider.GetRequiredService<OrderReconciliation>().AttemptAsync(order, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // One order that cannot be handled must not hold up the others behind it: it is looked at again later.
            logger.LogError(ex, "Reconciling order {OrderId} failed unexpectedly; it is put back a minute", order.Id);
            await transaction.RollbackAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE payment_orders SET "NextCheckAt" = {now + PoisonDelay}, "Checks" = "Checks" + 1 WHERE "Id" = {order.Id}""", cancellationToken);
        }
        return true;
    }

    private static readonly TimeSpan PoisonDelay = TimeSpan.FromMinutes(1);
}

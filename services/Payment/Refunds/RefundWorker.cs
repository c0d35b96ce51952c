using AccountingPlatform.Payment.Data;
using AccountingPlatform.Payment.Orders;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Payment.Refunds;

/// <summary>
/// Returns the money of every order waiting for a refund, apart from whoever asked for it: a channel outage of any
/// length delays a refund but cannot lose it (a message consumer would give up after its retries), and every retry
/// names the same refund, which the channel refunds once. Due orders are claimed one at a time with
/// <c>FOR UPDATE SKIP LOCKED</c>, so several instances of Payment share the work without refunding an order twice.
/// </summary>
public sealed class RefundWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RefundWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await AttemptNextDueAsync(stoppingToken)) continue;
                await Task.Delay(PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "The refund worker failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(10), clock, stoppingToken);
            }
        }
    }

    /// <summary>One attempt at the refund due first; false when none is due.</summary>
    private async Task<bool> AttemptNextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = await db.Orders
            .FromSql($"""
                SELECT *, xmin FROM payment_orders WHERE "Status" = 'RefundRequired' AND "NextRefundAttemptAt" <= {now}
                ORDER BY "NextRefundAttemptAt" LIMIT 1 FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (due is not [var order]) return false;

        try
        {
            await scope.ServiceProvider.GetRequiredService<OrderRefunds>().AttemptAsync(order, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // One refund that cannot be handled must not hold up the others behind it: it is tried again later.
            logger.LogError(ex, "Refunding order {OrderId} failed unexpectedly; it is put back a minute", order.Id);
            await transaction.RollbackAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE payment_orders SET "NextRefundAttemptAt" = {now + PoisonDelay}, "RefundAttempts" = "RefundAttempts" + 1 WHERE "Id" = {order.Id}""", cancellationToken);
        }
        return true;
    }

    private static readonly TimeSpan PoisonDelay = TimeSpan.FromMinutes(1);
}

using AccountingPlatform.Payment.Data;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// A worker that takes the order due first from its queue, one at a time with <c>FOR UPDATE SKIP LOCKED</c> (so several
/// instances of Payment share the work and never handle one order twice), makes one attempt at it and saves, and
/// sleeps when none is due. An order whose attempt fails unexpectedly is put back a minute, so one order that cannot
/// be handled never holds up the others behind it.
/// </summary>
public abstract class DueOrderWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PutBack = TimeSpan.FromMinutes(1);

    /// <summary>The query of the order due first: <c>SELECT *, xmin … ORDER BY … LIMIT 1 FOR UPDATE SKIP LOCKED</c>.</summary>
    protected abstract FormattableString DueFirst(DateTimeOffset now);

    /// <summary>One attempt at the claimed order; the worker saves.</summary>
    protected abstract Task AttemptAsync(IServiceProvider services, PaymentOrder order, CancellationToken cancellationToken);

    /// <summary>The update that puts a failing order back in its queue until <paramref name="until"/>.</summary>
    protected abstract FormattableString PutBackUntil(Guid orderId, DateTimeOffset until);

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
                logger.LogWarning(ex, "{Worker} failed; retrying", GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(10), clock, stoppingToken);
            }
        }
    }

    /// <summary>One attempt at the order due first; false when none is due.</summary>
    private async Task<bool> AttemptNextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = await db.Orders.FromSql(DueFirst(now)).ToListAsync(cancellationToken);
        if (due is not [var order]) return false;

        try
        {
            await AttemptAsync(scope.ServiceProvider, order, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "{Worker} failed unexpectedly on order {OrderId}; it is put back a minute", GetType().Name, order.Id);
            await transaction.RollbackAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync(PutBackUntil(order.Id, now + PutBack), cancellationToken);
        }
        return true;
    }
}

using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// Expires enrollments still unpaid at their payment deadline, publishing <c>EnrollmentExpired</c> (Payment then
/// closes their open orders). A row a payment changed meanwhile loses on its row version and is left to the payment;
/// several instances may run: each batch is taken with <c>FOR UPDATE SKIP LOCKED</c>.
/// </summary>
public sealed class EnrollmentExpiryWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<EnrollmentExpiryOptions> options,
    ILogger<EnrollmentExpiryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                while (await ExpireBatchAsync(stoppingToken) == options.Value.BatchSize) { }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Expiring unpaid enrollments failed; trying again in {Interval}", options.Value.Interval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> ExpireBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EnrollmentDbContext>();
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.Database.SqlQuery<Guid>(
                $"""SELECT "Id" AS "Value" FROM enrollments WHERE "Status" = 'AwaitingPayment' AND "PayBy" < {now} ORDER BY "PayBy" LIMIT {options.Value.BatchSize} FOR UPDATE SKIP LOCKED""")
            .ToListAsync(cancellationToken);
        var due = await db.Enrollments.Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        foreach (var enrollment in due)
        {
            enrollment.Status = EnrollmentStatus.Expired;
            enrollment.ClosedAt = now;
            db.AddIntegrationEvent(new EnrollmentExpired(enrollment.Id, enrollment.UserId, enrollment.PayBy, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (due.Count > 0) logger.LogInformation("Expired {Count} enrollments unpaid at their payment deadline", due.Count);
        return due.Count;
    }
}

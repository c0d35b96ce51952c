using AccountingPlatform.Payment.Orders;

namespace AccountingPlatform.Payment.Reconciliation;

/// <summary>
/// Makes payments never lost and codes never left open: every pending order due a check (some time after it was made,
/// then at back-off, and when its code expires), and every closed one whose code its channel may still have taken money
/// on, is looked at on its channel by <see cref="OrderReconciliation"/>. A concurrent notify for the claimed order
/// waits, fails its version check and is answered as a failure, so the channel retries it and finds it applied.
/// </summary>
public sealed class ReconciliationWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReconciliationWorker> logger)
    : DueOrderWorker(scopes, clock, logger)
{
    protected override FormattableString DueFirst(DateTimeOffset now) => $"""
        SELECT *, xmin FROM payment_orders WHERE "Status" IN ('Pending', 'Closed') AND "NextCheckAt" <= {now}
        ORDER BY "NextCheckAt" LIMIT 1 FOR UPDATE SKIP LOCKED
        """;

    protected override Task AttemptAsync(IServiceProvider services, PaymentOrder order, CancellationToken cancellationToken) =>
        services.GetRequiredService<OrderReconciliation>().AttemptAsync(order, cancellationToken);

    protected override FormattableString PutBackUntil(Guid orderId, DateTimeOffset until) =>
        $"""UPDATE payment_orders SET "NextCheckAt" = {until}, "Checks" = "Checks" + 1 WHERE "Id" = {orderId}""";
}

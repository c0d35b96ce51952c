using AccountingPlatform.Payment.Orders;

namespace AccountingPlatform.Payment.Refunds;

/// <summary>
/// Returns the money of every order waiting for a refund, apart from whoever asked for it: a channel outage of any
/// length delays a refund but cannot lose it (a message consumer would give up after its retries), and every retry
/// names the same refund, which the channel refunds once (<see cref="OrderRefunds"/>).
/// </summary>
public sealed class RefundWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RefundWorker> logger)
    : DueOrderWorker(scopes, clock, logger)
{
    protected override FormattableString DueFirst(DateTimeOffset now) => $"""
        SELECT *, xmin FROM payment_orders WHERE "Status" = 'RefundRequired' AND "NextRefundAttemptAt" <= {now}
        ORDER BY "NextRefundAttemptAt" LIMIT 1 FOR UPDATE SKIP LOCKED
        """;

    protected override Task AttemptAsync(IServiceProvider services, PaymentOrder order, CancellationToken cancellationToken) =>
        services.GetRequiredService<OrderRefunds>().AttemptAsync(order, cancellationToken);

    protected override FormattableString PutBackUntil(Guid orderId, DateTimeOffset until) =>
        $"""UPDATE payment_orders SET "NextRefundAttemptAt" = {until}, "RefundAttempts" = "RefundAttempts" + 1 WHERE "Id" = {orderId}""";
}

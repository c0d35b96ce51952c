using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.Payment.Orders;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Payment.Refunds;

/// <summary>
/// The candidate withdrew a paid enrollment: the order that paid it is marked for a refund (the refund worker returns
/// the money and publishes <c>PaymentRefunded</c>), and the enrollment takes no new order. Only the order's state
/// changes here, in the inbox's transaction, so a redelivery changes nothing and a channel outage loses nothing.
/// </summary>
public sealed class EnrollmentWithdrawnConsumer(PaymentDbContext db, ILogger<EnrollmentWithdrawnConsumer> logger)
    : IdempotentConsumer<PaymentDbContext, EnrollmentWithdrawn>(db, logger)
{
    private readonly ILogger _logger = logger;

    protected override async Task HandleAsync(EnrollmentWithdrawn message, CancellationToken cancellationToken)
    {
        if (await Db.Payables.FindAsync([message.EnrollmentId], cancellationToken) is { } payable)
            payable.State = PayableEnrollmentState.Withdrawn;

        var order = await Db.Orders.FirstOrDefaultAsync(o => o.Id == message.PaymentOrderId && o.EnrollmentId == message.EnrollmentId, cancellationToken);
        if (order is null)
        {
            _logger.LogError("Enrollment {EnrollmentId} was withdrawn naming order {OrderId}, which is not its order here; nothing refunded",
                message.EnrollmentId, message.PaymentOrderId);
            return;
        }
        if (order.Status != PaymentOrderStatus.Paid)
        {
            _logger.LogInformation("Order {OrderId} of withdrawn enrollment {EnrollmentId} is {Status}; no refund asked", order.Id, message.EnrollmentId, order.Status);
            return;
        }
        if (message.AmountFen != order.AmountFen)
            _logger.LogWarning("Enrollment {EnrollmentId} was withdrawn for {Amount} fen; refunding what order {OrderId} took, {Paid} fen",
                message.EnrollmentId, message.AmountFen, order.Id, order.AmountFen);
        order.RequireRefund(RefundReason.Withdrawn, Clock.GetUtcNow());
    }
}

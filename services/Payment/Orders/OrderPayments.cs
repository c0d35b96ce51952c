using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.Payment.Refunds;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// The one rule for money the channel confirmed (a verified notify, or a query by the reconciliation worker or a
/// renewal): the order becomes <c>Paid</c> and <c>PaymentSucceeded</c> goes into the outbox with it, once; a payment
/// for a closed order still counts while the enrollment is unpaid; one for an enrollment already paid (Duplicate) or
/// cancelled, expired or withdrawn (NotPayable) is marked for a refund, never lost. The caller saves.
/// </summary>
public sealed class OrderPayments(PaymentDbContext db, TimeProvider clock, ILogger<OrderPayments> logger)
{
    public async Task ApplyAsync(PaymentOrder order, string? channelTradeNo, DateTimeOffset paidAt, CancellationToken cancellationToken)
    {
        if (order.Status is PaymentOrderStatus.Paid or PaymentOrderStatus.RefundRequired or PaymentOrderStatus.Refunded) return;

        paidAt = paidAt.ToUniversalTime(); // channels write Beijing time (+08:00); PostgreSQL keeps UTC
        order.ChannelTradeNo = channelTradeNo;
        order.PaidAt = paidAt;
        // Tracked, so a state changed in this unit of work (an enrollment being marked unpayable) is the one read.
        var payable = await db.Payables.FindAsync([order.EnrollmentId], cancellationToken);
        var alreadyPaid = await db.Orders.AnyAsync(o => o.EnrollmentId == order.EnrollmentId && o.Status == PaymentOrderStatus.Paid, cancellationToken);
        if (payable is { IsPayable: false })
        {
            order.RequireRefund(RefundReason.NotPayable, clock.GetUtcNow());
            logger.LogWarning("Order {OrderId} was paid although its enrollment is {State}; to be refunded", order.Id, payable.State);
        }
        else if (alreadyPaid)
        {
            order.RequireRefund(RefundReason.Duplicate, clock.GetUtcNow());
            logger.LogWarning("Order {OrderId} was paid although its enrollment is already paid; to be refunded", order.Id);
        }
        else
        {
            order.Status = PaymentOrderStatus.Paid;
            db.AddIntegrationEvent(new PaymentSucceeded(order.Id, order.EnrollmentId, order.UserId, order.Channel.ToString(),
                order.AmountFen, order.ChannelTradeNo ?? "", paidAt, clock.GetUtcNow()));
        }
    }
}

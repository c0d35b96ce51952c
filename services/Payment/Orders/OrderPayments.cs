using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.Payment.Refunds;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// The one rule for money the channel confirmed (a verified notify, or a query by the reconciliation worker or a
/// renewal): the order becomes <c>Paid</c> and <c>PaymentSucceeded</c> goes into the outbox with it, once; a payment
/// for a closed order still counts while the enrollment can take it (<see cref="EnrollmentPayability"/>); one for an
/// enrollment already paid (Duplicate) or cancelled, expired or withdrawn, or paid after its deadline (NotPayable) is
/// marked for a refund, never lost. The caller saves.
/// </summary>
public sealed class OrderPayments(PaymentDbContext db, TimeProvider clock, ILogger<OrderPayments> logger)
{
    /// <param name="paidAt">When the channel says it was paid; when it does not say (UnionPay's notify, a query), no later
    /// than now nor than the code could be paid (its expiry).</param>
    public async Task ApplyAsync(PaymentOrder order, string? channelTradeNo, DateTimeOffset? paidAt, CancellationToken cancellationToken)
    {
        if (order.Status is PaymentOrderStatus.Paid or PaymentOrderStatus.RefundRequired or PaymentOrderStatus.Refunded) return;

        var now = clock.GetUtcNow();
        var at = paidAt?.ToUniversalTime() ?? (now < order.ExpiresAt ? now : order.ExpiresAt); // channels write Beijing time (+08:00); PostgreSQL keeps UTC
        order.ChannelTradeNo = channelTradeNo;
        order.PaidAt = at;
        // Tracked, so a state changed in this unit of work (an enrollment being marked unpayable) is the one read.
        var payable = await db.Payables.FindAsync([order.EnrollmentId], cancellationToken);
        var alreadyPaid = await db.Orders.AnyAsync(o => o.EnrollmentId == order.EnrollmentId && o.Status == PaymentOrderStatus.Paid, cancellationToken);
        switch (EnrollmentPayability.Of(payable, alreadyPaid, at))
        {
            case Payability.AlreadyPaid:
                order.RequireRefund(RefundReason.Duplicate, now);
                logger.LogWarning("Order {OrderId} was paid although its enrollment is already paid; to be refunded", order.Id);
                return;
            case Payability.NotPayable:
                order.RequireRefund(RefundReason.NotPayable, now);
                logger.LogWarning("Order {OrderId} was paid although its enrollment is {State}; to be refunded", order.Id, payable!.State);
                return;
            case Payability.PastDeadline:
                // A channel's own timeout can run past ours (Alipay's timeout_express is in whole minutes): money paid
                // after the payment deadline enrolls nobody.
                order.RequireRefund(RefundReason.NotPayable, now);
                logger.LogWarning("Order {OrderId} was paid at {PaidAt}, after its enrollment's deadline {PayBy}; to be refunded", order.Id, at, payable!.PayBy);
                return;
        }
        order.Status = PaymentOrderStatus.Paid;
        db.AddIntegrationEvent(new PaymentSucceeded(order.Id, order.EnrollmentId, order.UserId, order.Channel.ToString(),
            order.AmountFen, order.ChannelTradeNo ?? "", at, now));
    }
}

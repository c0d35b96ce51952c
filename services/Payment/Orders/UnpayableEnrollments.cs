using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Payment.Data;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// Enrollment cancelled an enrollment or let it expire: it takes no new order, and its open orders are closed here and
/// at Alipay (<c>alipay.trade.close</c>). Closing at Alipay is best effort and never fails the message: a QR code also
/// expires by itself (15 minutes at most), and money that still arrives is refunded as <c>NotPayable</c>. An order
/// already paid (its payment crossed the cancellation) stays paid: <c>PaymentSucceeded</c> went out for it, and only
/// Enrollment can undo that, with <c>EnrollmentWithdrawn</c>, which refunds it.
/// </summary>
public sealed class UnpayableEnrollments(PaymentDbContext db, AlipayClient alipay, TimeProvider clock, ILogger<UnpayableEnrollments> logger)
{
    public async Task MarkAsync(Guid enrollmentId, Guid userId, PayableEnrollmentState state, CancellationToken cancellationToken)
    {
        var payable = await db.Payables.FindAsync([enrollmentId], cancellationToken);
        if (payable is null)
        {
            // It overtook EnrollmentSubmitted (each event has its own queue): kept, so that one adds nothing payable.
            db.Payables.Add(new PayableEnrollment { EnrollmentId = enrollmentId, UserId = userId, ExamCode = "", State = state });
        }
        else if (payable.IsPayable)
        {
            payable.State = state;
        }

        var now = clock.GetUtcNow();
        var orders = await db.Orders
            .Where(o => o.EnrollmentId == enrollmentId && (o.Status == PaymentOrderStatus.Pending || o.Status == PaymentOrderStatus.Paid))
            .ToListAsync(cancellationToken);
        foreach (var order in orders)
        {
            if (order.Status == PaymentOrderStatus.Paid)
            {
                logger.LogWarning("Enrollment {EnrollmentId} became {State} although order {OrderId} paid it; the payment stands until Enrollment withdraws it",
                    enrollmentId, state, order.Id);
                continue;
            }
            order.Status = PaymentOrderStatus.Closed;
            if (order.QrCode is not null && order.ExpiresAt > now)
                await CloseAtAlipayAsync(order, cancellationToken);
        }
    }

    private async Task CloseAtAlipayAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        try
        {
            var response = await alipay.CloseAsync(order.OutTradeNo, cancellationToken);
            // ACQ.TRADE_NOT_EXIST: never scanned, so real Alipay never made the trade; nothing can be paid on it.
            if (response.IsSuccess || response.SubCode == "ACQ.TRADE_NOT_EXIST") return;
            logger.LogWarning("Alipay did not close order {OrderId}: {Code} {SubCode} {SubMsg}; money that arrives for it is refunded",
                order.Id, response.Code, response.SubCode, response.SubMsg);
        }
        catch (Exception ex) when (ex is HttpRequestException or AlipaySignatureException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Closing order {OrderId} at Alipay failed; its code expires at {ExpiresAt}, and money that arrives for it is refunded",
                order.Id, order.ExpiresAt);
        }
    }
}

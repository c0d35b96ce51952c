using AccountingPlatform.Payment.Channels;
using AccountingPlatform.Payment.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// Enrollment cancelled an enrollment or let it expire: it takes no new order, and its open orders are closed here and
/// at their channel. Closing at the channel is best effort and never fails the message: a QR code also
/// expires by itself (15 minutes at most), and money that still arrives is refunded as <c>NotPayable</c>. An order
/// already paid (its payment crossed the cancellation) stays paid: <c>PaymentSucceeded</c> went out for it, and only
/// Enrollment can undo that, with <c>EnrollmentWithdrawn</c>, which refunds it.
/// </summary>
public sealed class UnpayableEnrollments(PaymentDbContext db, OrderClosing closing, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<UnpayableEnrollments> logger)
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
            // Looked at once more after its code expires, unless its channel closes it now.
            order.Close(now, stillPayableAtChannel: order.QrCode is not null, options.Value.ReconcileAfter);
            if (order.QrCode is not null && order.ExpiresAt > now)
                await CloseAtChannelAsync(order, cancellationToken);
        }
    }

    private async Task CloseAtChannelAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        try
        {
            await closing.CloseAsync(order, cancellationToken); // paid meanwhile: applied now, refunded as not payable
        }
        catch (Exception ex) when (ChannelFailures.Is(ex, cancellationToken))
        {
            logger.LogWarning(ex, "Closing order {OrderId} at {Channel} failed; its code expires at {ExpiresAt}, is looked at once more then, and money paid on it is refunded",
                order.Id, order.Channel, order.ExpiresAt);
        }
    }
}

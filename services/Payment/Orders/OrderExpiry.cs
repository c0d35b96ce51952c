using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Data;

namespace AccountingPlatform.Payment.Orders;

/// <summary>An order whose code expired unpaid, and which its channel has closed, is closed here and <c>PaymentExpired</c> goes out with it. The caller saves.</summary>
public sealed class OrderExpiry(PaymentDbContext db, TimeProvider clock)
{
    public void Close(PaymentOrder order)
    {
        order.Close(clock.GetUtcNow(), stillPayableAtChannel: false, TimeSpan.Zero);
        db.AddIntegrationEvent(new PaymentExpired(order.Id, order.EnrollmentId, order.UserId, order.Channel.ToString(), order.ExpiresAt, clock.GetUtcNow()));
    }
}

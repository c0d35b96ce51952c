using AccountingPlatform.Payment.Channels;
using AccountingPlatform.Payment.Data;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// Asks the channel for an order's QR code once, however many requests arrive at once: the order's row is locked
/// while the channel answers, so a double click waits and then reads the code the first request saved (not every
/// channel answers a second request for one order number with the same code: UnionPay refuses it as 重复交易). A
/// channel that gives no code closes the order: nobody has seen a code for it, so nobody can pay it, and the next
/// request starts a new order with a new number.
/// </summary>
public static class OrderQrCodes
{
    /// <summary>The order with its code, or with none when it is no longer pending (closed, paid meanwhile).</summary>
    public static async Task<PaymentOrder> EnsureAsync(
        PaymentDbContext db, IPaymentChannel channel, Guid orderId, string subject, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = (await db.Orders.FromSql($"""SELECT *, xmin FROM payment_orders WHERE "Id" = {orderId} FOR UPDATE""")
            .ToListAsync(cancellationToken)).Single();
        if (order.QrCode is not null || order.Status != PaymentOrderStatus.Pending)
            return order;
        try
        {
            order.QrCode = await channel.CreateQrCodeAsync(order, subject, cancellationToken);
        }
        catch
        {
            order.Close(order.CreatedAt, stillPayableAtChannel: false, TimeSpan.Zero); // no code was shown: nobody can pay it
            await db.SaveChangesAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            throw;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return order;
    }
}

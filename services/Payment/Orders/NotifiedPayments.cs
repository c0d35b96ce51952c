using AccountingPlatform.Payment.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// A payment a channel notified, once its notify is verified as the channel's: it must name one of our orders on that
/// channel, for that order's amount; then it is applied by the one rule in <see cref="OrderPayments"/>. Idempotent and
/// safe out of order: a repeated notify finds the order applied; a notify for a closed order or an enrollment no longer
/// payable is kept (or refunded), never lost. False tells the channel to notify again.
/// </summary>
public sealed class NotifiedPayments(PaymentDbContext db, OrderPayments payments, ILogger<NotifiedPayments> logger)
{
    public async Task<bool> ApplyAsync(
        PaymentChannel channel, string? outTradeNo, long? amountFen, string? channelTradeNo, DateTimeOffset? paidAt, CancellationToken cancellationToken)
    {
        var order = await db.Orders.FirstOrDefaultAsync(o => o.OutTradeNo == outTradeNo && o.Channel == channel, cancellationToken);
        if (order is null)
        {
            logger.LogWarning("{Channel} notified a payment for an unknown order {OutTradeNo}", channel, outTradeNo);
            return false;
        }
        if (amountFen != order.AmountFen)
        {
            logger.LogError("{Channel} notified order {OrderId} paid with {Amount} fen, expected {Expected} fen", channel, order.Id, amountFen, order.AmountFen);
            return false;
        }

        await payments.ApplyAsync(order, channelTradeNo, paidAt, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false; // a concurrent notify or the reconciliation worker is applying it; the retry finds it applied
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another order of the enrollment became paid at the same moment: the retry applies this one as a duplicate.
            logger.LogWarning("Order {OrderId} and another order of enrollment {EnrollmentId} were paid at once; asking {Channel} to notify again",
                order.Id, order.EnrollmentId, channel);
            return false;
        }
    }
}

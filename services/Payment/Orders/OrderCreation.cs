using AccountingPlatform.Payment.Channels;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// A QR code for an enrollment the candidate owes: the enrollment and its orders are loaded, <see cref="OrderPlan"/>
/// decides (refuse, reuse the open order, or make a new one after closing it), and the plan is carried out. One open
/// order per enrollment: two requests at once (a double click) get the same order. The contact of the pre-pay step is
/// checked once the plan is no refusal, and the order carries it for its receipt. A channel that does not answer gives
/// 503 with <c>Retry-After</c>.
/// </summary>
public sealed class OrderCreation(
    PaymentDbContext db, PaymentChannels channels, OrderClosing closing, PaymentContactTokenReader contactTokens,
    IOptions<PaymentOptions> options, TimeProvider clock, ILogger<OrderCreation> logger)
{
    public async Task<Results<Ok<OrderView>, ProblemHttpResult>> CreateAsync(
        CreateOrderRequest request, Guid userId, HttpResponse response, CancellationToken cancellationToken)
    {
        if (request.EnrollmentId is not { } enrollmentId || request.Channel is not { } channel)
            return ApiProblem.Validation("PAYMENT_REQUEST_INVALID", new Dictionary<string, string[]>
            {
                ["enrollmentId"] = ["请指定报名记录"], ["channel"] = ["请选择支付方式"],
            });

        var paymentChannel = channels.Offered(channel);
        var payable = await db.Payables.AsNoTracking().FirstOrDefaultAsync(p => p.EnrollmentId == enrollmentId && p.UserId == userId, cancellationToken);
        var orders = await db.Orders.Where(o => o.EnrollmentId == enrollmentId && (o.Status == PaymentOrderStatus.Paid || o.Status == PaymentOrderStatus.Pending))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var plan = OrderPlan.Decide(channel, paymentChannel is not null, payable, orders, now, options.Value.QrCodeLifetime);
        if (plan is OrderPlan.Refused refused) return Problem(refused.Refusal);

        var (contact, contactProblem) = await ContactAsync(request.ContactToken, payable!, response, cancellationToken);
        if (contactProblem is not null) return contactProblem;

        PaymentOrder? order;
        if (plan is OrderPlan.Reuse reuse)
        {
            order = reuse.Order;
            if (order.ContactPhone != contact!.Phone || order.ContactEmail != contact.Email)
            {
                // The open order is reused with the contact just verified: its receipt goes there.
                await db.Orders.Where(o => o.Id == order.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(o => o.ContactPhone, contact.Phone).SetProperty(o => o.ContactEmail, contact.Email), cancellationToken);
                order.ContactPhone = contact.Phone;
                order.ContactEmail = contact.Email;
            }
        }
        else
        {
            var made = (OrderPlan.New)plan;
            if (made.Replaced is { } stale && await CloseAsync(stale, response, cancellationToken) is { } closeProblem)
                return closeProblem;
            order = await AddAsync(made.ExpiresAt, payable!, channel, contact!, now, cancellationToken);
            if (order is null) return InProgress();
        }

        if (order.QrCode is null)
        {
            try
            {
                order = await OrderQrCodes.EnsureAsync(db, paymentChannel!, order.Id, $"{payable!.ExamCode} 考试报名费", cancellationToken);
            }
            catch (Exception ex) when (ChannelFailures.Is(ex, cancellationToken))
            {
                logger.LogWarning(ex, "{Channel} gave no QR code for order {OrderId}; the order is closed", channel, order.Id);
                return ChannelFailures.Unavailable(response);
            }
            if (order.QrCode is null) return InProgress();
        }
        return TypedResults.Ok(OrderView.Of(order));
    }

    private async Task<(PaymentContact? Contact, ProblemHttpResult? Problem)> ContactAsync(
        string? token, PayableEnrollment payable, HttpResponse response, CancellationToken cancellationToken)
    {
        try
        {
            return await PaymentContacts.ResolveAsync(token, payable, db, contactTokens, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or IOException)
        {
            logger.LogWarning(ex, "Identity's signing keys could not be had to check a payment contact");
            return (null, ApiProblem.Unavailable(response, ChannelFailures.RetryAfter, "PAYMENT_CONTACT_UNAVAILABLE", "暂时无法核验手机号码，请稍后重试"));
        }
    }

    /// <summary>Closes the open order being replaced, at its channel and here; the problem to answer when that cannot be done.</summary>
    private async Task<ProblemHttpResult?> CloseAsync(PaymentOrder stale, HttpResponse response, CancellationToken cancellationToken)
    {
        try
        {
            var closed = await closing.CloseAsync(stale, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return closed ? null : Problem(OrderRefusal.AlreadyPaid);
        }
        catch (Exception ex) when (ChannelFailures.Is(ex, cancellationToken))
        {
            logger.LogWarning(ex, "Closing order {OrderId} at {Channel} for a renewal failed", stale.Id, stale.Channel);
            return ChannelFailures.Unavailable(response);
        }
        catch (DbUpdateConcurrencyException)
        {
            return InProgress(); // the reconciliation worker or a notify changed it meanwhile
        }
    }

    /// <summary>The new open order; when a concurrent request (a double click) made one first, that one; null when neither is to be had.</summary>
    private async Task<PaymentOrder?> AddAsync(
        DateTimeOffset expiresAt, PayableEnrollment payable, PaymentChannel channel, PaymentContact contact, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var order = new PaymentOrder
        {
            Id = id, EnrollmentId = payable.EnrollmentId, UserId = payable.UserId, Channel = channel, OutTradeNo = id.ToString("N"),
            AmountFen = payable.AmountFen, CreatedAt = now, ExpiresAt = expiresAt, Status = PaymentOrderStatus.Pending,
            ContactPhone = contact.Phone, ContactEmail = contact.Email,
        };
        order.ScheduleFirstCheck(options.Value.ReconcileAfter);
        db.Orders.Add(order);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return order;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return await db.Orders.FirstOrDefaultAsync(o => o.EnrollmentId == payable.EnrollmentId && o.Status == PaymentOrderStatus.Pending, cancellationToken);
        }
    }

    private static ProblemHttpResult Problem(OrderRefusal refusal) => refusal switch
    {
        OrderRefusal.ChannelNotOffered => ApiProblem.Unprocessable("PAYMENT_CHANNEL_NOT_OFFERED", "暂不支持该支付方式，请选择其他支付方式"),
        OrderRefusal.EnrollmentNotFound => ApiProblem.NotFound("PAYMENT_ENROLLMENT_NOT_FOUND", "未找到待缴费的报名记录"),
        OrderRefusal.AlreadyPaid => ApiProblem.Conflict("PAYMENT_ALREADY_PAID", "该报名已缴费成功，无需重复缴费"),
        OrderRefusal.NotPayable => ApiProblem.Unprocessable("PAYMENT_ENROLLMENT_NOT_PAYABLE", "该报名已取消或已过缴费期限，不能缴费"),
        _ => ApiProblem.Unprocessable("PAYMENT_WINDOW_CLOSED", "缴费时间已截止"),
    };

    private static ProblemHttpResult InProgress() => ApiProblem.Conflict("PAYMENT_ORDER_IN_PROGRESS", "正在生成缴费二维码，请稍后刷新");
}

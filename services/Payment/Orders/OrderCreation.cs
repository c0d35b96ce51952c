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
/// A QR code for an enrollment the candidate owes: one open order per enrollment, reused while it is valid and on the
/// same channel, otherwise closed at the channel and here, and made anew (renewal) until the payment deadline; never
/// for one already paid, nor for one cancelled, expired or withdrawn. Two requests at once (a double click) get the
/// same order. A channel that does not answer gives 503 with <c>Retry-After</c>.
/// </summary>
public static class OrderCreation
{
    public static async Task<Results<Ok<OrderView>, ProblemHttpResult>> CreateAsync(
        CreateOrderRequest request, HttpContext http, PaymentDbContext db, PaymentChannels channels, OrderClosing closing,
        PaymentContactTokenReader contactTokens, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<CreateOrderRequest> logger, CancellationToken cancellationToken)
    {
        if (request.EnrollmentId is not { } enrollmentId || request.Channel is not { } channel)
            return ApiProblem.Validation("PAYMENT_REQUEST_INVALID", new Dictionary<string, string[]>
            {
                ["enrollmentId"] = ["请指定报名记录"], ["channel"] = ["请选择支付方式"],
            });
        if (channels.Offered(channel) is not { } paymentChannel)
            return ApiProblem.Unprocessable("PAYMENT_CHANNEL_NOT_OFFERED", "暂不支持该支付方式，请选择其他支付方式");

        var userId = http.User.GetUserId();
        var payable = await db.Payables.AsNoTracking().FirstOrDefaultAsync(p => p.EnrollmentId == enrollmentId && p.UserId == userId, cancellationToken);
        if (payable is null) return ApiProblem.NotFound("PAYMENT_ENROLLMENT_NOT_FOUND", "未找到待缴费的报名记录");
        var now = clock.GetUtcNow();
        if (await db.Orders.AnyAsync(o => o.EnrollmentId == enrollmentId && o.Status == PaymentOrderStatus.Paid, cancellationToken))
            return AlreadyPaid();
        if (!payable.IsPayable)
            return ApiProblem.Unprocessable("PAYMENT_ENROLLMENT_NOT_PAYABLE", "该报名已取消或已过缴费期限，不能缴费");
        if (now > payable.PayBy)
            return ApiProblem.Unprocessable("PAYMENT_WINDOW_CLOSED", "缴费时间已截止");
        PaymentContact contact;
        try
        {
            var (resolved, problem) = await PaymentContacts.ResolveAsync(request.ContactToken, payable, db, contactTokens, cancellationToken);
            if (problem is not null) return problem;
            contact = resolved!;
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or IOException)
        {
            logger.LogWarning(ex, "Identity's signing keys could not be had to check a payment contact");
            return ApiProblem.Unavailable(http.Response, ChannelFailures.RetryAfter, "PAYMENT_CONTACT_UNAVAILABLE", "暂时无法核验手机号码，请稍后重试");
        }

        var order = await PendingOrderAsync(db, enrollmentId, cancellationToken);
        if (order is not null && (order.ExpiresAt <= now || order.Channel != channel))
        {
            try
            {
                var closed = await closing.CloseAsync(order, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                if (!closed) return AlreadyPaid();
            }
            catch (Exception ex) when (ChannelFailures.Is(ex, cancellationToken))
            {
                logger.LogWarning(ex, "Closing order {OrderId} at {Channel} for a renewal failed", order.Id, order.Channel);
                return ChannelFailures.Unavailable(http.Response);
            }
            catch (DbUpdateConcurrencyException)
            {
                return InProgress(); // the reconciliation worker or a notify changed it meanwhile
            }
            order = null;
        }
        if (order is null)
        {
            var lifetime = options.Value.QrCodeLifetime;
            var expires = now + lifetime < payable.PayBy ? now + lifetime : payable.PayBy;
            var id = Guid.CreateVersion7();
            order = new PaymentOrder
            {
                Id = id, EnrollmentId = enrollmentId, UserId = userId, Channel = channel, OutTradeNo = id.ToString("N"),
                AmountFen = payable.AmountFen, CreatedAt = now, ExpiresAt = expires, Status = PaymentOrderStatus.Pending,
                ContactPhone = contact.Phone, ContactEmail = contact.Email,
            };
            order.ScheduleFirstCheck(options.Value.ReconcileAfter);
            db.Orders.Add(order);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // A concurrent request (a double click) made the enrollment's open order first: this one answers it too.
                db.ChangeTracker.Clear();
                order = await PendingOrderAsync(db, enrollmentId, cancellationToken);
                if (order is null) return InProgress();
            }
        }

        else if (order.ContactPhone != contact.Phone || order.ContactEmail != contact.Email)
        {
            // The open order is reused with the contact just verified: its receipt goes there.
            await db.Orders.Where(o => o.Id == order.Id).ExecuteUpdateAsync(
                s => s.SetProperty(o => o.ContactPhone, contact.Phone).SetProperty(o => o.ContactEmail, contact.Email), cancellationToken);
            order.ContactPhone = contact.Phone;
            order.ContactEmail = contact.Email;
        }

        if (order.QrCode is null)
        {
            try
            {
                order = await OrderQrCodes.EnsureAsync(db, paymentChannel, order.Id, $"{payable.ExamCode} 考试报名费", cancellationToken);
            }
            catch (Exception ex) when (ChannelFailures.Is(ex, cancellationToken))
            {
                logger.LogWarning(ex, "{Channel} gave no QR code for order {OrderId}; the order is closed", channel, order.Id);
                return ChannelFailures.Unavailable(http.Response);
            }
            if (order.QrCode is null) return InProgress();
        }
        return TypedResults.Ok(OrderView.Of(order));
    }

    private static Task<PaymentOrder?> PendingOrderAsync(PaymentDbContext db, Guid enrollmentId, CancellationToken cancellationToken) =>
        db.Orders.FirstOrDefaultAsync(o => o.EnrollmentId == enrollmentId && o.Status == PaymentOrderStatus.Pending, cancellationToken);

    private static ProblemHttpResult AlreadyPaid() => ApiProblem.Conflict("PAYMENT_ALREADY_PAID", "该报名已缴费成功，无需重复缴费");

    private static ProblemHttpResult InProgress() => ApiProblem.Conflict("PAYMENT_ORDER_IN_PROGRESS", "正在生成缴费二维码，请稍后刷新");
}

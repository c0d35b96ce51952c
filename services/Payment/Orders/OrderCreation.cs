using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Payment.Alipay;
using AccountingPlatform.Payment.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AccountingPlatform.Payment.Orders;

/// <summary>
/// A QR code for an enrollment the candidate owes: one open order per enrollment, reused while it is valid and on the
/// same channel, otherwise closed and made anew (renewal) until the payment deadline; never for one already paid, nor
/// for one cancelled, expired or withdrawn.
/// </summary>
public static class OrderCreation
{
    public static readonly TimeSpan QrCodeLifetime = TimeSpan.FromMinutes(15);

    public static async Task<Results<Ok<OrderView>, ProblemHttpResult>> CreateAsync(
        CreateOrderRequest request, HttpContext http, PaymentDbContext db, AlipayQrCodes qrCodes, TimeProvider clock,
        ILogger<CreateOrderRequest> logger, CancellationToken cancellationToken)
    {
        if (request.EnrollmentId is not { } enrollmentId || request.Channel is not { } channel)
            return ApiProblem.Validation("PAYMENT_REQUEST_INVALID", new Dictionary<string, string[]>
            {
                ["enrollmentId"] = ["请指定报名记录"], ["channel"] = ["请选择支付方式"],
            });

        var userId = http.User.GetUserId();
        var payable = await db.Payables.AsNoTracking().FirstOrDefaultAsync(p => p.EnrollmentId == enrollmentId && p.UserId == userId, cancellationToken);
        if (payable is null) return ApiProblem.NotFound("PAYMENT_ENROLLMENT_NOT_FOUND", "未找到待缴费的报名记录");
        var now = clock.GetUtcNow();
        if (await db.Orders.AnyAsync(o => o.EnrollmentId == enrollmentId && o.Status == PaymentOrderStatus.Paid, cancellationToken))
            return ApiProblem.Conflict("PAYMENT_ALREADY_PAID", "该报名已缴费成功，无需重复缴费");
        if (!payable.IsPayable)
            return ApiProblem.Unprocessable("PAYMENT_ENROLLMENT_NOT_PAYABLE", "该报名已取消或已过缴费期限，不能缴费");
        if (now > payable.PayBy)
            return ApiProblem.Unprocessable("PAYMENT_WINDOW_CLOSED", "缴费时间已截止");

        var order = await db.Orders.FirstOrDefaultAsync(o => o.EnrollmentId == enrollmentId && o.Status == PaymentOrderStatus.Pending, cancellationToken);
        if (order is not null && (order.ExpiresAt <= now || order.Channel != channel))
        {
            // An expired code is renewed: the old order is closed and a new one made.
            order.Status = PaymentOrderStatus.Closed;
            await db.SaveChangesAsync(cancellationToken);
            order = null;
        }
        if (order is null)
        {
            var expires = now + QrCodeLifetime < payable.PayBy ? now + QrCodeLifetime : payable.PayBy;
            var id = Guid.CreateVersion7();
            order = new PaymentOrder
            {
                Id = id, EnrollmentId = enrollmentId, UserId = userId, Channel = channel, OutTradeNo = id.ToString("N"),
                AmountFen = payable.AmountFen, CreatedAt = now, ExpiresAt = expires, Status = PaymentOrderStatus.Pending,
            };
            db.Orders.Add(order);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return ApiProblem.Conflict("PAYMENT_ORDER_IN_PROGRESS", "正在生成缴费二维码，请稍后刷新");
            }
        }

        if (order.QrCode is null)
        {
            try
            {
                order.QrCode = await qrCodes.PrecreateAsync(order, $"{payable.ExamCode} 考试报名费", cancellationToken);
            }
            catch (Exception ex) when (ex is AlipayChannelException or AlipaySignatureException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Alipay precreate failed for order {OrderId}", order.Id);
                return ApiProblem.Unavailable("PAYMENT_CHANNEL_UNAVAILABLE", "支付渠道暂时不可用，请稍后重试");
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.Ok(OrderView.Of(order));
    }
}

using AccountingPlatform.ServiceDefaults.Idempotency;
using AccountingPlatform.Payment.Orders;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Payment;

/// <summary>The candidate's payment orders: a QR code with a visible expiry, renewable while the window is open (rules in Orders/).</summary>
public static class OrdersApi
{
    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/payment/me/orders").WithTags("Payment orders")
            .RequireAuthorization(PlatformClaims.Policies.Candidate);
        me.MapPost("/", OrderCreation.CreateAsync).WithIdempotencyKey().WithSummary("生成缴费二维码（可带 Idempotency-Key 安全重试）");
        me.MapGet("/{id:guid}", OrderQueries.GetAsync).WithSummary("查询缴费状态");
        me.MapGet("/{id:guid}/qr.png", OrderQrImages.GetPngAsync).Produces(StatusCodes.Status200OK, contentType: "image/png").WithSummary("缴费二维码图片（PNG）");
        return app;
    }
}

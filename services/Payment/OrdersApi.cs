using AccountingPlatform.ServiceDefaults.Idempotency;
using AccountingPlatform.Payment.Data;
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
        me.MapPost("/", (CreateOrderRequest request, HttpContext http, OrderCreation creation, CancellationToken ct) =>
            creation.CreateAsync(request, http.User.GetUserId(), http.Response, ct)).WithIdempotencyKey().WithSummary("生成缴费二维码（可带 Idempotency-Key 安全重试）");
        me.MapGet("/{id:guid}", (Guid id, HttpContext http, PaymentDbContext db, OrderStatusRefresh refresh, CancellationToken ct) =>
            OrderQueries.GetAsync(id, http.User.GetUserId(), db, refresh, ct)).WithSummary("查询缴费状态（未支付时向支付渠道查询一次）");
        me.MapGet("/{id:guid}/qr.png", (Guid id, HttpContext http, PaymentDbContext db, CancellationToken ct) =>
            OrderQrImages.GetPngAsync(id, http, db, ct)).Produces(StatusCodes.Status200OK, contentType: "image/png").WithSummary("缴费二维码图片（PNG）");
        return app;
    }
}

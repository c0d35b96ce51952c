using System.Text.Json;
using AccountingPlatform.Web.Platform;

namespace AccountingPlatform.Web;

/// <summary>
/// What the payment page's script asks while the person looks at the QR code: is this order done with (paid, closed,
/// or its code expired)? Then the page is loaded again and shows the result. Read from Payment on the person's behalf.
/// </summary>
public static class PaymentStatusEndpoint
{
    public static IEndpointRouteBuilder MapPaymentStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/pay/orders/{id:guid}/status", StatusAsync).RequireAuthorization();
        return app;
    }

    public static async Task<IResult> StatusAsync(Guid id, PlatformApiClient api, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        var answer = await api.GetAsync($"/api/payment/me/orders/{id}", cancellationToken);
        if (!answer.IsSuccess) return TypedResults.Json(new { done = answer.Status == StatusCodes.Status404NotFound }, statusCode: answer.SessionEnded ? 401 : 200);
        var status = answer.Body.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        var expired = answer.Body.TryGetProperty("expiresAt", out var e) && e.TryGetDateTimeOffset(out var at) && at <= clock.GetUtcNow();
        return TypedResults.Json(new { done = status != "Pending" || expired, status });
    }
}

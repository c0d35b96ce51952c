using AccountingPlatform.Payment.Alipay;

namespace AccountingPlatform.Payment;

/// <summary>Alipay's asynchronous notify URL. Alipay expects the plain text <c>success</c>; anything else makes it retry.</summary>
public static class AlipayNotificationsApi
{
    public static IEndpointRouteBuilder MapAlipayNotificationsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/payment/notifications/alipay", HandleAsync)
            .AllowAnonymous() // authenticated by Alipay's RSA2 signature instead
            .DisableAntiforgery()
            .WithTags("Channel notifications")
            .WithSummary("支付宝异步通知");
        return app;
    }

    public static async Task<IResult> HandleAsync(HttpRequest request, AlipayNotificationHandler handler, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType) return TypedResults.Text("failure", statusCode: StatusCodes.Status415UnsupportedMediaType);
        var form = await request.ReadFormAsync(cancellationToken);
        var fields = form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString());
        return await handler.HandleAsync(fields, cancellationToken)
            ? TypedResults.Text("success")
            : TypedResults.Text("failure", statusCode: StatusCodes.Status400BadRequest);
    }
}

using AccountingPlatform.Channels.UnionPay;
using AccountingPlatform.Channels.WeChatPay;
using AccountingPlatform.Payment.Alipay;
using AccountingPlatform.Payment.UnionPay;
using AccountingPlatform.Payment.WeChatPay;

namespace AccountingPlatform.Payment;

/// <summary>
/// Where the channels tell us about payments: anonymous, each authenticated by its channel's signature instead, and
/// each answered the way its channel reads: anything but the acknowledgement makes it notify again later.
/// </summary>
public static class ChannelNotificationsApi
{
    public static IEndpointRouteBuilder MapChannelNotificationsApi(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/api/payment/notifications").WithTags("Channel notifications")
            .AllowAnonymous().DisableAntiforgery();
        notifications.MapPost("/alipay", AlipayAsync).WithSummary("支付宝异步通知（应答 success）");
        notifications.MapPost("/wechatpay", WeChatPayAsync).WithSummary("微信支付回调通知（应答 204）");
        notifications.MapPost("/unionpay", UnionPayAsync).WithSummary("银联后台通知（应答 200 ok）");
        return app;
    }

    public static async Task<IResult> AlipayAsync(HttpRequest request, AlipayNotificationHandler handler, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType) return TypedResults.Text("failure", statusCode: StatusCodes.Status415UnsupportedMediaType);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException || ex is IOException && !cancellationToken.IsCancellationRequested)
        {
            // Not a form anyone could sign: a multipart body without its boundary or cut off before it, too many fields.
            return TypedResults.Text("failure", statusCode: StatusCodes.Status400BadRequest);
        }
        var fields = form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString());
        return await handler.HandleAsync(fields, cancellationToken)
            ? TypedResults.Text("success")
            : TypedResults.Text("failure", statusCode: StatusCodes.Status400BadRequest);
    }

    /// <summary>The signature covers the exact body received, so it is read as text. Failure: 4xx/5xx with {"code":"FAIL"}.</summary>
    public static async Task<IResult> WeChatPayAsync(HttpRequest request, WeChatPayNotificationHandler handler, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        return await handler.HandleAsync(WeChatPaySignedHeaders.From(request.Headers), body, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Json(new { code = "FAIL", message = "失败" }, statusCode: StatusCodes.Status400BadRequest);
    }

    public static async Task<IResult> UnionPayAsync(HttpRequest request, UnionPayNotificationHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(request, cancellationToken)
            ? TypedResults.Text(UnionPayNotifyReader.Acknowledgement)
            : TypedResults.Text("fail", statusCode: StatusCodes.Status400BadRequest);
}

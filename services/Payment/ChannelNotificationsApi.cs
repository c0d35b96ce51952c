using AccountingPlatform.Payment.Alipay;
using AccountingPlatform.Payment.Channels;
using AccountingPlatform.Payment.UnionPay;
using AccountingPlatform.Payment.WeChatPay;

namespace AccountingPlatform.Payment;

/// <summary>
/// Where the channels tell us about payments: anonymous, each authenticated by its channel's signature instead (rules in
/// Channels/ChannelNotificationReceiving and each channel's notification handler).
/// </summary>
public static class ChannelNotificationsApi
{
    public static IEndpointRouteBuilder MapChannelNotificationsApi(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/api/payment/notifications").WithTags("Channel notifications")
            .AllowAnonymous().DisableAntiforgery();
        notifications.MapPost("/alipay", (HttpRequest request, AlipayNotificationHandler handler, CancellationToken ct) =>
            ChannelNotificationReceiving.AlipayAsync(request, handler, ct)).WithSummary("支付宝异步通知（应答 success）");
        notifications.MapPost("/wechatpay", (HttpRequest request, WeChatPayNotificationHandler handler, CancellationToken ct) =>
            ChannelNotificationReceiving.WeChatPayAsync(request, handler, ct)).WithSummary("微信支付回调通知（应答 204）");
        notifications.MapPost("/unionpay", (HttpRequest request, UnionPayNotificationHandler handler, CancellationToken ct) =>
            ChannelNotificationReceiving.UnionPayAsync(request, handler, ct)).WithSummary("银联后台通知（应答 200 ok）");
        return app;
    }
}

using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Payment.Orders;

namespace AccountingPlatform.Payment.Alipay;

/// <summary>Gets a payment QR code for an order from Alipay (<c>alipay.trade.precreate</c>).</summary>
public sealed class AlipayQrCodes(AlipayClient alipay, IConfiguration configuration, TimeProvider clock)
{
    public async Task<string> PrecreateAsync(PaymentOrder order, string subject, CancellationToken cancellationToken)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling((order.ExpiresAt - clock.GetUtcNow()).TotalMinutes));
        var response = await alipay.ExecuteAsync("alipay.trade.precreate", new
        {
            OutTradeNo = order.OutTradeNo,
            TotalAmount = AlipayAmount.FromFen(order.AmountFen),
            Subject = subject,
            TimeoutExpress = $"{minutes}m",
        }, configuration["Channels:Alipay:NotifyUrl"], cancellationToken);
        if (!response.IsSuccess || !response.Body.TryGetProperty("qr_code", out var qr) || qr.GetString() is not { Length: > 0 } code)
            throw new AlipayChannelException($"precreate {order.OutTradeNo}: {response.Code} {response.SubCode} {response.SubMsg}");
        return code;
    }
}

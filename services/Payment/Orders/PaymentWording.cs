using System.Globalization;

namespace AccountingPlatform.Payment.Orders;

/// <summary>How Payment's notices word things for a candidate: an amount, a channel, and when money a channel returns arrives (as the channels themselves say it).</summary>
public static class PaymentWording
{
    /// <summary><c>120.00</c> for 12000 fen.</summary>
    public static string Yuan(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Channel(PaymentChannel channel) => channel switch
    {
        PaymentChannel.Alipay => "支付宝",
        PaymentChannel.WeChatPay => "微信支付",
        _ => "银联云闪付",
    };

    /// <summary>When a refund through the channel arrives: the channel's usual delay, by where the money was paid from.</summary>
    public static string RefundArrival(PaymentChannel channel) => channel switch
    {
        PaymentChannel.Alipay => "退回支付宝余额的即时到账，退回银行卡的一般 1-3 个工作日到账",
        PaymentChannel.WeChatPay => "退回微信零钱的一般 20 分钟内到账，退回银行卡的一般 1-3 个工作日到账",
        _ => "退回原支付银行卡，一般 1-7 个工作日到账，具体以发卡银行为准",
    };
}

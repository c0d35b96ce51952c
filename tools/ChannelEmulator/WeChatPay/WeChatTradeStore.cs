using System.Collections.Concurrent;
using System.Globalization;
using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>Native orders in memory by out_trade_no (one namespace for all merchants), and the numbers WeChat Pay hands out.</summary>
public sealed class WeChatTradeStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, WeChatTrade> _byOutTradeNo = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>The existing trade with this out_trade_no, or the one <paramref name="create"/> makes; <paramref name="created"/> tells which.</summary>
    public WeChatTrade GetOrAdd(string outTradeNo, Func<WeChatTrade> create, out bool created)
    {
        var made = false;
        var trade = _byOutTradeNo.GetOrAdd(outTradeNo, _ =>
        {
            made = true;
            return create();
        });
        created = made;
        return trade;
    }

    public WeChatTrade? Find(string outTradeNo) => _byOutTradeNo.GetValueOrDefault(outTradeNo);

    /// <summary>Shaped like WeChat Pay's transaction_id: 4200…, then the Beijing date and a sequence (28 digits).</summary>
    public string NextTransactionId() => "420000" + Date() + Next("D14");

    /// <summary>Shaped like a refund_id: 5030…, the Beijing date and a sequence.</summary>
    public string NextRefundId() => "503000" + Date() + Next("D14");

    /// <summary>The <c>weixin://wxpay/bizpayurl?pr=…</c> text of a Native QR code.</summary>
    public string NextCodeUrl() => "weixin://wxpay/bizpayurl?pr=" + Next("D9");

    /// <summary>A callback id like the docs' <c>EV-2018022511223320873</c>.</summary>
    public string NextNotificationId() => "EV-" + BeijingTime.Format(time.GetUtcNow(), "yyyyMMddHHmmss") + Next("D7");

    private string Date() => BeijingTime.Format(time.GetUtcNow(), "yyyyMMdd");

    private string Next(string format) => Interlocked.Increment(ref _sequence).ToString(format, CultureInfo.InvariantCulture);
}

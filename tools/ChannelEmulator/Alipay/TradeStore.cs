using AccountingPlatform.ServiceDefaults;
using System.Collections.Concurrent;
using System.Globalization;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>Trades in memory by out_trade_no (one namespace for all apps: the emulator serves one merchant at a time) and by trade_no.</summary>
public sealed class TradeStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, EmulatedTrade> _byOutTradeNo = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EmulatedTrade> _byTradeNo = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>The trade with this out_trade_no, made by <paramref name="create"/> (given a new trade_no) if there is none yet.</summary>
    public EmulatedTrade GetOrAdd(string outTradeNo, Func<string, EmulatedTrade> create)
    {
        var trade = _byOutTradeNo.GetOrAdd(outTradeNo, _ => create(NextTradeNo()));
        _byTradeNo.TryAdd(trade.TradeNo, trade);
        return trade;
    }

    public EmulatedTrade? Find(string outTradeNo) => _byOutTradeNo.GetValueOrDefault(outTradeNo);

    public EmulatedTrade? FindByTradeNo(string tradeNo) => _byTradeNo.GetValueOrDefault(tradeNo);

    // Shaped like Alipay's: the China date, a channel part, then a sequence, e.g. 2026112222001400000000001.
    private string NextTradeNo()
    {
        var date = BeijingTime.Format(time.GetUtcNow(), "yyyyMMdd");
        return date + "22001400" + Interlocked.Increment(ref _sequence).ToString("D9", CultureInfo.InvariantCulture);
    }
}

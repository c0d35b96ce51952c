using System.Collections.Concurrent;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>
/// Plays a man in the middle for tests: the next reply to a method is altered after it was signed (a failed
/// certification turned into a passed one, or any other reply changed), so the merchant must notice the signature.
/// </summary>
public sealed class ResponseTampering
{
    private readonly ConcurrentDictionary<string, int> _pending = new();

    public void TamperNext(string method) => _pending.AddOrUpdate(method, 1, (_, n) => n + 1);

    public string Apply(string method, string json)
    {
        if (!_pending.TryGetValue(method, out var n) || n <= 0 || !_pending.TryUpdate(method, n - 1, n)) return json;
        return json.Contains("\"passed\":\"F\"", StringComparison.Ordinal)
            ? json.Replace("\"passed\":\"F\"", "\"passed\":\"T\"", StringComparison.Ordinal)
            : json.Replace("\"msg\":\"", "\"msg\":\"~", StringComparison.Ordinal);
    }
}

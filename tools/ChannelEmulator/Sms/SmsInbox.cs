using System.Collections.Concurrent;

namespace AccountingPlatform.ChannelEmulator.Sms;

/// <summary>Every accepted message, in memory.</summary>
public sealed class SmsInbox
{
    private readonly ConcurrentDictionary<long, ReceivedSms> _messages = new();
    private long _sequence;

    public void Add(ReceivedSms message) => _messages[Interlocked.Increment(ref _sequence)] = message;

    /// <summary>Newest first; all phones when <paramref name="phone"/> is null.</summary>
    public IReadOnlyList<ReceivedSms> List(string? phone) =>
        [.. _messages.OrderByDescending(m => m.Key).Select(m => m.Value).Where(m => phone is null || m.Phone == phone)];

    public void Clear() => _messages.Clear();
}

using System.Collections.Concurrent;

namespace AccountingPlatform.ChannelEmulator.Sms;

/// <summary>Every accepted message, in memory.</summary>
public sealed class SmsInbox
{
    private readonly ConcurrentDictionary<long, ReceivedSms> _messages = new();
    private long _sequence;

    public void Add(ReceivedSms message) => _messages[Interlocked.Increment(ref _sequence)] = message;

    /// <summary>
    /// Newest first; all phones when <paramref name="phone"/> is null. Read from a snapshot: enumerating the dictionary
    /// through LINQ's sort copied it by a count taken before messages arriving meanwhile, and threw (a 500 under load).
    /// </summary>
    public IReadOnlyList<ReceivedSms> List(string? phone) =>
        [.. _messages.ToArray().Where(m => phone is null || m.Value.Phone == phone).OrderByDescending(m => m.Key).Select(m => m.Value)];

    public void Clear() => _messages.Clear();
}

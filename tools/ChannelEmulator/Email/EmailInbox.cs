using System.Collections.Concurrent;

namespace AccountingPlatform.ChannelEmulator.Email;

/// <summary>The newest <see cref="Capacity"/> accepted messages, in memory; older ones are dropped.</summary>
public sealed class EmailInbox
{
    public const int Capacity = 1000;

    private readonly ConcurrentDictionary<long, ReceivedEmail> _messages = new();
    private long _sequence;

    public void Add(ReceivedEmail message)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        _messages[sequence] = message;
        _messages.TryRemove(sequence - Capacity, out _);
    }

    /// <summary>Newest first; all recipients when <paramref name="to"/> is null. Addresses compare case-insensitively.</summary>
    public IReadOnlyList<ReceivedEmail> List(string? to) =>
    [
        .. _messages.OrderByDescending(m => m.Key).Select(m => m.Value)
            .Where(m => to is null || string.Equals(m.To, to, StringComparison.OrdinalIgnoreCase)),
    ];

    public void Clear() => _messages.Clear();
}

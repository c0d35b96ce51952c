using System.Collections.Concurrent;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>Certifications in memory, by certify_id.</summary>
public sealed class CertificationStore
{
    private readonly ConcurrentDictionary<string, Certification> _items = new(StringComparer.Ordinal);

    public void Add(Certification certification) => _items[certification.CertifyId] = certification;

    public Certification? Find(string certifyId) => _items.GetValueOrDefault(certifyId);

    /// <summary>Sets (or changes) the outcome; null when the certification does not exist.</summary>
    public Certification? Complete(string certifyId, CertificationOutcome outcome, DateTimeOffset at)
    {
        while (_items.TryGetValue(certifyId, out var current))
        {
            var completed = current with { Outcome = outcome, CompletedAt = at };
            if (_items.TryUpdate(certifyId, completed, current))
                return completed;
        }
        return null;
    }
}

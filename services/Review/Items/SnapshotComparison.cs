using System.Text.Json;

namespace AccountingPlatform.Review.Items;

/// <summary>What changed in a resubmitted subject since the version last decided.</summary>
public static class SnapshotComparison
{
    public static Dictionary<string, string> Read(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    public static List<SnapshotChange> Compare(Dictionary<string, string> before, Dictionary<string, string> after) =>
    [
        .. after.Where(a => !before.TryGetValue(a.Key, out var b) || b != a.Value)
            .Select(a => new SnapshotChange(a.Key, before.GetValueOrDefault(a.Key), a.Value)),
        .. before.Where(b => !after.ContainsKey(b.Key)).Select(b => new SnapshotChange(b.Key, b.Value, null)),
    ];
}

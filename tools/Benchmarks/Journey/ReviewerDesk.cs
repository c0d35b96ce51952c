using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace AccountingPlatform.Benchmarks.Journey;

/// <summary>
/// A provincial reviewer working the queue: reads the pending personnel records of the division oldest first and
/// approves those it was told about (records of other measurements are left for them), until stopped. Remembers when
/// each approval was answered, for the event-hop latency.
/// </summary>
public sealed class ReviewerDesk(Person reviewer)
{
    public const string BeijingReviewer = "13900000001";
    public const string ReviewerPassword = "Review@2024dev";

    private readonly ConcurrentDictionary<Guid, int> _expected = new();

    public void Expect(Guid recordId, int version) => _expected[recordId] = version;

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var approved = 0;
            var queue = await reviewer.ExpectAsync("review queue", HttpMethod.Get, "/api/review/items?status=Pending&kind=PersonnelRecord&pageSize=100", null, HttpStatusCode.OK);
            foreach (var item in queue.Json.GetProperty("items").EnumerateArray())
            {
                var subject = item.GetProperty("subjectId").GetGuid();
                if (!_expected.TryGetValue(subject, out var version) || item.GetProperty("subjectVersion").GetInt32() != version) continue;
                await ApproveAsync(reviewer, item.GetProperty("id").GetGuid());
                _expected.TryRemove(subject, out _);
                approved++;
            }
            if (approved == 0) await Task.Delay(200, stop).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Approves one item; the time the decision was answered (ReviewApproved is in Review's outbox by then).</summary>
    public static async Task<long> ApproveAsync(Person reviewer, Guid itemId)
    {
        await reviewer.ExpectAsync("review approve", HttpMethod.Post, $"/api/review/items/{itemId}/approve", null, HttpStatusCode.OK);
        return Stopwatch.GetTimestamp();
    }

    /// <summary>The pending item of a record version, once it has reached the queue.</summary>
    public static async Task<Guid> ItemOfAsync(Person reviewer, Guid recordId, int version)
    {
        var queue = await reviewer.UntilAsync("wait: review learns of the record",
            () => reviewer.GetAsync("review queue", "/api/review/items?status=Pending&kind=PersonnelRecord&pageSize=100"),
            a => a.Status == HttpStatusCode.OK && a.Json.GetProperty("items").EnumerateArray().Any(i => Is(i, recordId, version)));
        return queue.Json.GetProperty("items").EnumerateArray().First(i => Is(i, recordId, version)).GetProperty("id").GetGuid();
    }

    private static bool Is(System.Text.Json.JsonElement item, Guid recordId, int version) =>
        item.GetProperty("subjectId").GetGuid() == recordId && item.GetProperty("subjectVersion").GetInt32() == version;
}

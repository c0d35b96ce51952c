using System.Collections.Concurrent;
using System.Net;

namespace AccountingPlatform.Benchmarks.Journey;

/// <summary>
/// The province's reviewer for the portal's candidates, working the queue as <see cref="ReviewerDesk"/> does for the
/// rush's: reads the pending personnel records oldest first and approves those of the candidates it was told about,
/// found by name (a page does not show the record's id; each portal candidate's name is their own), until stopped.
/// </summary>
public sealed class PortalReviewerDesk(Person reviewer)
{
    private readonly ConcurrentDictionary<string, bool> _expected = new(StringComparer.Ordinal);

    public void Expect(string candidateName) => _expected[candidateName] = true;

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var approved = 0;
            var queue = await reviewer.ExpectAsync("review queue", HttpMethod.Get, "/api/review/items?status=Pending&kind=PersonnelRecord&pageSize=100", null, HttpStatusCode.OK);
            foreach (var item in queue.Json.GetProperty("items").EnumerateArray())
            {
                if (!_expected.TryRemove(item.GetProperty("candidateName").GetString() ?? "", out _)) continue;
                await ReviewerDesk.ApproveAsync(reviewer, item.GetProperty("id").GetGuid());
                approved++;
            }
            if (approved == 0) await Task.Delay(200, stop).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}

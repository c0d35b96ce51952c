using System.Diagnostics;
using AccountingPlatform.Benchmarks.Journey;
using AccountingPlatform.Benchmarks.Report;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// How long an event takes to change what a candidate sees: from the reviewer's approval answered (ReviewApproved is in
/// Review's outbox) to enrollment unlocked through the API (PersonnelRecord applied it and Enrollment learnt the
/// record's new state: two hops through RabbitMQ). The candidate asks every 5 ms.
/// </summary>
public static class EventHop
{
    public sealed record Probe(Person Candidate, Guid RecordId, int Version);

    /// <summary>Candidates with a verified real name and a record submitted to Beijing, not yet reviewed.</summary>
    public static async Task<List<Probe>> PrepareAsync(BenchmarkRun run, IReadOnlyList<Person> people, string exam)
    {
        var probes = new Probe?[people.Count];
        await run.ForEachAsync(people.Count, 4, async i =>
        {
            await CandidateSteps.VerifyRealNameAsync(people[i], run.Emulator, exam);
            var (recordId, version) = await CandidateSteps.SubmitRecordAsync(people[i]);
            probes[i] = new Probe(people[i], recordId, version);
        });
        return [.. probes.OfType<Probe>()];
    }

    /// <summary>Approves each probe's record in turn and times the hop; the latencies in milliseconds.</summary>
    public static async Task<Percentiles> MeasureAsync(BenchmarkRun run, Person reviewer, IReadOnlyList<Probe> probes, string exam)
    {
        var hops = new List<double>();
        foreach (var probe in probes)
        {
            try
            {
                var item = await ReviewerDesk.ItemOfAsync(reviewer, probe.RecordId, probe.Version);
                var approved = await ReviewerDesk.ApproveAsync(reviewer, item);
                await CandidateSteps.UntilUnlockedAsync(probe.Candidate, exam, TimeSpan.FromMilliseconds(5), "wait: event hop");
                hops.Add(Stopwatch.GetElapsedTime(approved).TotalMilliseconds);
            }
            catch (StepFailed e)
            {
                run.Log.Fail(e.Message);
            }
            run.Progress.Tick();
        }
        return Percentiles.Of(hops);
    }

    public static void Report(BenchmarkRun run, string when, Percentiles hops, double targetP99)
    {
        run.Report.Findings.Add(new Finding($"Event hop ReviewApproved → enrollment unlocked, {when}, p50", hops.P50, "ms", $"n={hops.Count}", null, "", null));
        run.Report.Findings.Add(new Finding($"Event hop ReviewApproved → enrollment unlocked, {when}, p99", hops.P99, "ms", $"n={hops.Count}", null,
            $"≤ {targetP99:F0} ms", hops.Count > 0 && hops.P99 <= targetP99));
    }
}

using System.Diagnostics;
using AccountingPlatform.Benchmarks.Journey;
using AccountingPlatform.Benchmarks.Report;

namespace AccountingPlatform.Benchmarks.Measures;

/// <summary>
/// Enrollment submissions per second (the enrollment row and its event in the outbox, in one transaction, behind the
/// gateway and the token check) against pgbench's TPC-B-like transactions per second on the same PostgreSQL, at the
/// same number of clients. The candidates are verified beforehand and enroll in 广东 (not linked: the form is enough).
/// </summary>
public static class EnrollmentSubmissions
{
    private const int Clients = 8;

    /// <summary>For <c>--only enrollment-submissions</c>: people registered and logged in, 8 at a time, untimed.</summary>
    public static async Task<List<Person>> PeopleAsync(BenchmarkRun run, int count)
    {
        var people = Enumerable.Range(0, count).Select(_ => run.NewPerson()).ToList();
        run.Progress.Phase("people for the enrollment submissions", count);
        await run.ForEachAsync(count, 8, i => CandidateSteps.RegisterAndLogInAsync(people[i], run.Emulator));
        return [.. people.Where(p => p.AccessToken is not null)];
    }

    public static async Task RunAsync(BenchmarkRun run, IReadOnlyList<Person> people, string exam)
    {
        var requests = new object?[people.Count];
        run.Progress.Phase("enrollment candidates: real name verified, notice read", people.Count);
        await run.ForEachAsync(people.Count, 8, async i =>
        {
            await CandidateSteps.VerifyRealNameAsync(people[i], run.Emulator, exam);
            requests[i] = await CandidateSteps.EnrollmentRequestAsync(people[i], exam, CandidateSteps.OpenProvince, CandidateSteps.EligibleForm);
        });
        run.Progress.Phase($"enrollment submissions, {Clients} at a time", people.Count);
        var cpu = ProcessCpu.Snapshot(run.Platform);
        var watch = Stopwatch.StartNew();
        var failed = await run.ForEachAsync(people.Count, Clients,
            i => CandidateSteps.EnrollAsync(people[i], requests[i] ?? throw new StepFailed("enroll", "no request")));
        var perSecond = (people.Count - failed) / watch.Elapsed.TotalSeconds;
        run.Report.CpuPerCallMs["enrollment submission"] = ProcessCpu.PerCall(cpu, ProcessCpu.Snapshot(run.Platform), people.Count - failed);

        run.Progress.Phase("pgbench (TPC-B-like) on the same PostgreSQL");
        var tps = await Pgbench.TransactionsPerSecondAsync(await run.Platform.ConnectionStringAsync("postgres"), run.Sizes.PgbenchScale, Clients,
            run.Sizes.PgbenchWindow);
        run.Report.Findings.Add(new Finding("Enrollment submissions (row + outbox) ÷ pgbench tpcb", perSecond, "/s",
            $"{tps:F0} tps pgbench, {Clients} clients", perSecond / tps, "≥ 0.3", perSecond / tps >= 0.3));
    }
}

using AccountingPlatform.Benchmarks.Journey;
using AccountingPlatform.Benchmarks.Platform;
using AccountingPlatform.Benchmarks.Report;

namespace AccountingPlatform.Benchmarks;

/// <summary>What every measurement of one run shares: the platform, the call log, the emulator, the report, the progress line.</summary>
public sealed class BenchmarkRun(PlatformTarget platform, BenchmarkSizes sizes, Emulator emulator, BenchmarkReport report, CallLog log, Progress progress)
{
    public PlatformTarget Platform => platform;
    public BenchmarkSizes Sizes => sizes;
    public Emulator Emulator => emulator;
    public BenchmarkReport Report => report;
    public CallLog Log => log;
    public Progress Progress => progress;

    /// <summary>A new person at the gateway, with a fresh identity.</summary>
    public Person NewPerson()
    {
        var (idNumber, phone) = Identities.Next();
        return new Person(platform.Gateway, log) { IdNumber = idNumber, Phone = phone };
    }

    /// <summary>Runs <paramref name="work"/> for items 0..count-1, <paramref name="concurrency"/> at a time; a failed item is counted and the rest go on.</summary>
    public async Task<int> ForEachAsync(int count, int concurrency, Func<int, Task> work)
    {
        var next = -1;
        var failed = 0;
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, concurrency)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                try { await work(i); }
                catch (StepFailed e)
                {
                    log.Fail(e.Message);
                    Interlocked.Increment(ref failed);
                }
                progress.Tick();
            }
        }));
        return failed;
    }
}

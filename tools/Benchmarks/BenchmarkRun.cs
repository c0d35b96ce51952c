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

    private int _nextGateway = -1;

    /// <summary>A new person at the next gateway instance (round robin; the one gateway unless <c>--replicas</c>), with a fresh identity.</summary>
    public Person NewPerson()
    {
        var (idNumber, phone) = Identities.Next();
        return new Person(NextGateway(), log) { IdNumber = idNumber, Phone = phone };
    }

    /// <summary>The gateway instances in turn, so that people spread evenly over them.</summary>
    public Uri NextGateway() => platform.Gateways[(int)((uint)Interlocked.Increment(ref _nextGateway) % platform.Gateways.Count)];

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

using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Identity;

namespace AccountingPlatform.Benchmarks;

/// <summary>
/// What one password hash costs with the hasher Identity uses (ASP.NET Core Identity v3: PBKDF2-HMAC-SHA512,
/// 100,000 iterations, 128-bit salt), and how many login verifications per second all cores of this machine give:
/// the bound on login and registration throughput of one Identity instance.
/// </summary>
public static class PasswordHashBenchmark
{
    private sealed class Account;

    private const string Password = "Kuaiji@2024ok";

    /// <summary>The median time of one hash on one thread, in milliseconds (after a warm-up).</summary>
    public static double MedianMilliseconds(int samples)
    {
        var hasher = new PasswordHasher<Account>();
        for (var i = 0; i < 3; i++) hasher.HashPassword(new Account(), Password);   // warm-up (JIT, crypto provider)
        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var watch = Stopwatch.StartNew();
            hasher.HashPassword(new Account(), Password);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return times[samples / 2];
    }

    /// <summary>
    /// The median CPU time of one hash on one thread, in milliseconds (Linux: the thread's own CPU clock): what a hash
    /// costs a process however busy the machine is, to take from a call's CPU (the median time above also counts
    /// waiting for a core).
    /// </summary>
    public static double MedianCpuMilliseconds(int samples)
    {
        var hasher = new PasswordHasher<Account>();
        hasher.HashPassword(new Account(), Password);
        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var before = ThreadCpuMilliseconds();
            hasher.HashPassword(new Account(), Password);
            times[i] = ThreadCpuMilliseconds() - before;
        }
        Array.Sort(times);
        return times[samples / 2];
    }

    private static double ThreadCpuMilliseconds() => clock_gettime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var t) == 0
        ? t.Seconds * 1000d + t.Nanoseconds / 1e6 : throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    /// <summary>The hash bound: how many hashes a second all cores give, from one hash's median time.</summary>
    public static double BoundPerSecond(double medianMilliseconds) => Environment.ProcessorCount * 1000 / medianMilliseconds;

    public static void Run(int samples, TimeSpan throughputWindow)
    {
        var median = MedianMilliseconds(samples);
        Console.WriteLine($"password hash (PBKDF2-HMAC-SHA512, 100000 iterations), {samples} samples, one thread: median {median:F1} ms;"
            + $" bound on {Environment.ProcessorCount} cores {BoundPerSecond(median):F1} per second");

        var hasher = new PasswordHasher<Account>();
        var account = new Account();
        var hash = hasher.HashPassword(account, Password);
        long verified = 0;
        var until = Stopwatch.StartNew();
        Parallel.For(0, Environment.ProcessorCount, _ =>
        {
            while (until.Elapsed < throughputWindow)
            {
                if (hasher.VerifyHashedPassword(account, hash, Password) != PasswordVerificationResult.Failed) Interlocked.Increment(ref verified);
            }
        });
        var seconds = until.Elapsed.TotalSeconds;
        Console.WriteLine($"login verifications on all {Environment.ProcessorCount} cores for {seconds:F1} s: {verified} = {verified / seconds:F1} per second");
    }
}

using System.Diagnostics;
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

    public static void Run(int samples, TimeSpan throughputWindow)
    {
        var hasher = new PasswordHasher<Account>();
        var account = new Account();
        const string password = "Kuaiji@2024ok";
        for (var i = 0; i < 3; i++) hasher.HashPassword(account, password);   // warm-up (JIT, crypto provider)

        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var watch = Stopwatch.StartNew();
            hasher.HashPassword(account, password);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        Console.WriteLine($"password hash (PBKDF2-HMAC-SHA512, 100000 iterations), {samples} samples, one thread:");
        Console.WriteLine($"  mean {times.Average():F1} ms, median {times[samples / 2]:F1} ms, p95 {times[(int)(samples * 0.95)]:F1} ms, min {times[0]:F1} ms");

        var hash = hasher.HashPassword(account, password);
        long verified = 0;
        var until = Stopwatch.StartNew();
        Parallel.For(0, Environment.ProcessorCount, _ =>
        {
            while (until.Elapsed < throughputWindow)
            {
                if (hasher.VerifyHashedPassword(account, hash, password) != PasswordVerificationResult.Failed) Interlocked.Increment(ref verified);
            }
        });
        var seconds = until.Elapsed.TotalSeconds;
        Console.WriteLine($"login verifications on all {Environment.ProcessorCount} cores for {seconds:F1} s: {verified} = {verified / seconds:F1} per second");
    }
}

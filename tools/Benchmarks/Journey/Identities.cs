namespace AccountingPlatform.Benchmarks.Journey;

/// <summary>Distinct, valid identities for simulated candidates: GB 11643 居民身份证 numbers and mainland mobile numbers.</summary>
public static class Identities
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly int Start = Random.Shared.Next(0, 5_000_000);
    private static int _next;

    /// <summary>A fresh (certificate number, phone) pair; no two in a run share either.</summary>
    public static (string IdNumber, string Phone) Next()
    {
        var i = Start + Interlocked.Increment(ref _next);
        var birth = new DateOnly(1970, 1, 1).AddDays(i / 1000 % 10_000);
        var body = $"110105{birth:yyyyMMdd}{i % 1000:D3}";
        var sum = body.Select((c, k) => (c - '0') * Weights[k]).Sum();
        return (body + "10X98765432"[sum % 11], $"15{i:D9}");
    }

    /// <summary>A phone no account has, for the pre-pay contact.</summary>
    public static string ContactPhone() => $"17{Start + Interlocked.Increment(ref _next):D9}";
}

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>Fresh, valid identities for test candidates: GB 11643 居民身份证 numbers and mobile numbers.</summary>
public static class TestIdentities
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string ResidentIdNumber()
    {
        var birth = new DateOnly(1970, 1, 1).AddDays(Random.Shared.Next(0, 365 * 30));
        var body = $"110105{birth:yyyyMMdd}{Random.Shared.Next(0, 1000):D3}";
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    public static string Phone() => $"13{Random.Shared.NextInt64(0, 1_000_000_000):D9}";
}

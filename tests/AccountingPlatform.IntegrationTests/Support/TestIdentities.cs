namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>
/// Fresh, valid identities for test candidates: GB 11643 居民身份证 numbers and mobile numbers. Every one handed out is
/// remembered (<see cref="Used"/>), so the last test of the suite can look for each in the platform's logs.
/// </summary>
public static class TestIdentities
{
    private static readonly System.Collections.Concurrent.ConcurrentBag<string> Given = [];

    /// <summary>Every certificate number and phone number handed out so far in this run.</summary>
    public static IReadOnlyCollection<string> Used => Given;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string ResidentIdNumber()
    {
        var birth = new DateOnly(1970, 1, 1).AddDays(Random.Shared.Next(0, 365 * 30));
        var body = $"110105{birth:yyyyMMdd}{Random.Shared.Next(0, 1000):D3}";
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        var number = body + "10X98765432"[sum % 11];
        Given.Add(number);
        return number;
    }

    public static string Phone()
    {
        var phone = $"13{Random.Shared.NextInt64(0, 1_000_000_000):D9}";
        Given.Add(phone);
        return phone;
    }
}

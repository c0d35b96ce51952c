using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Conventions;

/// <summary>
/// Personal data stays out of the logs: after every other test, the logs of the platform's own processes hold none of
/// the certificate numbers and phone numbers the whole suite used, unmasked (they may appear masked).
/// </summary>
[Collection(CollectionName)]
public sealed class SuiteLogsTests
{
    public const string CollectionName = "zz Logs written during the suite";

    [Fact]
    public async Task No_certificate_number_or_phone_the_suite_used_appears_unmasked_in_any_platform_log()
    {
        // The platform's own processes (the emulator plays Alipay and the SMS provider, who do see the data).
        string[] processes = ["identity", "realname", "personnel", "review", "enrollment", "payment", "gateway", "web"];
        var logs = processes.Select(p => PlatformLogs.PathOf(p)).Where(File.Exists).ToArray();
        Assert.Equal(processes.Length, logs.Length);
        var used = TestIdentities.Used.Distinct().ToList();
        Assert.NotEmpty(used);

        var found = new List<string>();
        foreach (var log in logs)
        {
            var text = await PlatformLogs.ReadAsync(log);
            found.AddRange(used.Where(value => text.Contains(value, StringComparison.Ordinal)).Select(value => $"{Path.GetFileName(log)}: {value[..3]}…"));
        }
        Assert.True(found.Count == 0, $"{found.Count} values unmasked in logs ({used.Count} values looked for): {string.Join(", ", found.Take(20))}");
    }
}

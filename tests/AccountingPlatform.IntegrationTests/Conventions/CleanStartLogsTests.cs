using System.Net;
using System.Text.RegularExpressions;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Conventions;

/// <summary>
/// An operator must be able to trust a red or yellow mark on the dashboard: a fresh start (empty databases), a normal
/// journey (<see cref="Journeys.CandidateJourneyTests"/>, run just before), a visit to the portal and a restart of
/// every service log no warning and no error in any of the platform's own processes.
/// </summary>
[Collection(CleanStartCollection.Logs)]
public sealed partial class CleanStartLogsTests
{
    private static readonly string[] Services = ["identity", "realname", "personnel", "review", "enrollment", "payment", "gateway", "web"];

    [Fact]
    public async Task A_fresh_start_a_normal_journey_and_a_restart_log_no_warning_and_no_error()
    {
        using (var browser = new HttpClient { BaseAddress = PlatformEnvironment.GatewayUrl })
        {
            // The portal's first pages: its login form makes the first Data Protection key (antiforgery).
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/login")).StatusCode);
        }

        // A restart of every service, as an operator does from the dashboard, one after the other.
        foreach (var service in Services)
        {
            await PlatformHost.Instance.StopResourceAsync(service);
            await PlatformHost.Instance.StartResourceAsync(service);
        }
        using (var browser = new HttpClient { BaseAddress = PlatformEnvironment.GatewayUrl })
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/login")).StatusCode);

        var marks = new List<string>();
        foreach (var service in Services)
        {
            var lines = (await PlatformLogs.ReadAsync(PlatformLogs.PathOf(service))).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (!LevelMark().IsMatch(lines[i])) continue;
                var message = i + 1 < lines.Length ? lines[i + 1].Trim() : "";
                marks.Add($"{service}: {AnsiCodes().Replace(lines[i], "").Trim()} | {message}");
            }
        }
        Assert.True(marks.Count == 0, $"{marks.Count} warnings or errors logged:\n{string.Join("\n", marks.Take(30))}");
    }

    /// <summary>The console logger's level of an entry (<c>warn:</c>, <c>fail:</c>, <c>crit:</c>), coloured or not.</summary>
    [GeneratedRegex(@"(^|\s|m)(warn|fail|crit)(\x1b\[[0-9;]*m)*: ")]
    private static partial Regex LevelMark();

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex AnsiCodes();
}

using AccountingPlatform.Benchmarks;
using AccountingPlatform.Benchmarks.Platform;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Benchmarks;

/// <summary>
/// The platform benchmark (tools/Benchmarks) run for seconds against the platform under test: every measurement runs,
/// every call a person makes succeeds, no event is lost, and the report is written. Timing is never judged here; the
/// figures come from the full run on a quiet machine (README).
/// </summary>
public sealed class BenchmarkSmokeTests
{
    [Fact]
    public async Task The_platform_benchmark_runs_every_measurement_without_a_failed_call_or_a_lost_event()
    {
        var report = await PlatformBenchmark.RunAsync(new PlatformTarget(PlatformHost.Instance.App), BenchmarkSizes.Smoke,
            "smoke (integration tests)", TimeProvider.System);

        Assert.True(report.Failures == 0, string.Join(Environment.NewLine, report.FailureSamples));
        var stage = Assert.Single(report.Rush);
        Assert.Equal(BenchmarkSizes.Smoke.JourneysPerStage, stage.Journeys);
        Assert.NotNull(report.Events);
        Assert.Equal(0, report.Events.Lost);
        Assert.True(report.Events.Written >= 10 * stage.Journeys, $"a journey writes over ten events; {report.Events.Written} counted");
        foreach (var measure in new[] { "Registrations", "Logins", "Gateway ÷ direct", "Gateway added latency", "idle, p99", "under load, p99",
                     "Enrollment submissions", "Rush: journeys failed", "Rush: events lost", "journey hash bound", "the second half alone", "accepted logins", "refused with 503",
                     "Results import", "Enrollment's peak RSS growth", "Portal: whole journeys through the pages", "Portal: journeys failed",
                     "Staff lists" })
            Assert.Contains(report.Findings, f => f.Measure.Contains(measure, StringComparison.Ordinal) && double.IsFinite(f.Value));
        // The portal's journeys look at the person's own images as a browser does, fetched beside the pages: 基本信息 shows
        // one, two, then three of them after its three uploads.
        Assert.True(report.Findings.Single(f => f.Measure == "Portal: the person's images fetched per journey").Value >= 6,
            "a journey through the pages shows the record's images");
        foreach (var service in PlatformTarget.Services.Append("gateway"))
            Assert.True(report.PeakRssMiB.GetValueOrDefault(service) > 20, $"peak RSS of {service}: {report.PeakRssMiB.GetValueOrDefault(service)} MiB");

        var saved = Path.Combine(Path.GetTempPath(), $"benchmark-smoke-{Guid.NewGuid():N}.json");
        await report.SaveAsync(saved);
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(saved));
        Assert.Equal(report.Findings.Count, json.RootElement.GetProperty("findings").GetArrayLength());
        File.Delete(saved);
    }
}

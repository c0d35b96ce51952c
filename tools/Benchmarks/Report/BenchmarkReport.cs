using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AccountingPlatform.Benchmarks.Report;

/// <summary>What a run found, printed as tables and saved as JSON.</summary>
public sealed class BenchmarkReport
{
    public required DateTimeOffset StartedAt { get; init; }
    public required string Command { get; init; }
    public int Cores { get; init; } = Environment.ProcessorCount;
    /// <summary>Instances of every service, of the web app and of the gateway (<c>--replicas</c>, the AppHost's <c>Platform:Replicas</c>).</summary>
    public int Replicas { get; init; } = 1;
    public double MemoryGiB { get; init; } = Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024d / 1024 / 1024, 1);
    public List<Finding> Findings { get; } = [];
    public List<RushStage> Rush { get; } = [];
    public string? Saturation { get; set; }
    public EventLedger? Events { get; set; }
    public SortedDictionary<string, double> PeakRssMiB { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, double> PeakPssMiB { get; } = new(StringComparer.Ordinal);
    /// <summary>CPU time each process spent per call during a timed phase (e.g. logins), in milliseconds.</summary>
    public SortedDictionary<string, SortedDictionary<string, double>> CpuPerCallMs { get; } = new(StringComparer.Ordinal);
    /// <summary>What a figure means in this mode, where it differs from the default one.</summary>
    public List<string> Notes { get; } = [];
    public List<StepLatency> Calls { get; } = [];
    public int Failures { get; set; }
    public List<string> FailureSamples { get; } = [];
    public double Seconds { get; set; }

    public sealed record StepLatency(string Step, Percentiles Latency);

    public void Print(TextWriter o)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine($"Platform benchmark, {StartedAt:yyyy-MM-dd HH:mm} UTC, {Cores} cores, {MemoryGiB} GiB; {Seconds:F0} s; `{Command}`");
        foreach (var note in Notes) o.WriteLine($"- {note}");
        o.WriteLine();
        o.WriteLine("| Measure | Value | Limit (same run) | Ratio | Target | Met |");
        o.WriteLine("| --- | ---: | --- | ---: | --- | --- |");
        foreach (var f in Findings)
            o.WriteLine(string.Create(c, $"| {f.Measure} | {f.Value:0.##} {f.Unit} | {f.Limit ?? ""} | {(f.Ratio is { } r ? r.ToString("0.00", c) : "")} | {f.Target} | {(f.Met is { } m ? m ? "yes" : "**no**" : "")} |"));
        if (Rush.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("| Rush: journeys at a time | Journeys | Failed | Seconds | Journeys/min | Journey p50 | Journey p99 |");
            o.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var s in Rush)
                o.WriteLine(string.Create(c, $"| {s.Concurrency} | {s.Journeys} | {s.Failed} | {s.Seconds:F1} | {s.JourneysPerMinute:F1} | {s.JourneySeconds.P50:F1} s | {s.JourneySeconds.P99:F1} s |"));
            if (Saturation is not null) o.WriteLine($"\nSaturation: {Saturation}");
        }
        if (Events is { } e)
            o.WriteLine($"\nEvents: {e.Written} written, {e.Unpublished} unpublished, {e.Deliveries} deliveries, {e.DeliveriesMissing} missing; enrollments confirmed {e.EnrollmentsConfirmed}, orders paid {e.OrdersPaid}");
        if (PeakRssMiB.Count > 0)
        {
            o.WriteLine($"\nPeak RSS (MiB): {string.Join(", ", PeakRssMiB.Select(p => string.Create(c, $"{p.Key} {p.Value:F0}")))}");
            o.WriteLine($"Peak PSS (MiB; shared pages divided among the processes that map them): {string.Join(", ", PeakPssMiB.Select(p => string.Create(c, $"{p.Key} {p.Value:F0}")))}");
        }
        foreach (var (phase, cpu) in CpuPerCallMs)
            o.WriteLine($"CPU per call, {phase} (ms): {string.Join(", ", cpu.Where(p => p.Value >= 0.5).OrderByDescending(p => p.Value).Select(p => string.Create(c, $"{p.Key} {p.Value:F1}")))}");
        if (Calls.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("| Call (whole run) | Count | p50 ms | p99 ms | max ms |");
            o.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var s in Calls)
                o.WriteLine(string.Create(c, $"| {s.Step} | {s.Latency.Count} | {s.Latency.P50:F1} | {s.Latency.P99:F1} | {s.Latency.Max:F0} |"));
        }
        o.WriteLine($"\nFailures: {Failures}");
        foreach (var f in FailureSamples) o.WriteLine($"  {f}");
    }

    public async Task SaveAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, this, new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true, Converters = { new JsonStringEnumConverter() }, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        });
    }
}

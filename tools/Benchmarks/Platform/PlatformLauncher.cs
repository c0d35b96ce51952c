using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AccountingPlatform.Benchmarks.Platform;

/// <summary>
/// Starts the platform the README's way, the AppHost (PostgreSQL, Redis and RabbitMQ as its local processes or
/// containers, every service, the gateway, the channel emulator), on random loopback ports with a fresh data
/// directory, and waits until every service is healthy; every resource's log goes to a directory. Disposing stops it
/// and deletes the data.
/// </summary>
public sealed class PlatformLauncher : IAsyncDisposable
{
    private readonly DistributedApplication _app;
    private readonly string _dataDirectory;

    private PlatformLauncher(DistributedApplication app, string dataDirectory)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        Target = new PlatformTarget(app);
    }

    public PlatformTarget Target { get; }

    /// <param name="replicas">Instances of every service, of the web app and of the gateway (the AppHost's <c>Platform:Replicas</c>).</param>
    public static async Task<PlatformLauncher> StartAsync(string logDirectory, TimeSpan timeout, int replicas = 1)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"accounting-platform-bench-{Guid.NewGuid():N}"[..36]);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AccountingPlatform_AppHost>(
            [$"Infrastructure:DataDirectory={dataDirectory}", "DcpPublisher:RandomizePorts=true", $"Platform:Replicas={replicas}"],
            (options, _) => options.DisableDashboard = true);
        builder.Services.AddLogging(logging => logging.AddFilter("AccountingPlatform", LogLevel.None)
            .AddFilter("Aspire", LogLevel.Warning).AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
        // No dashboard runs to receive telemetry, so no process exports it (an exporter retrying would cost CPU).
        foreach (var project in builder.Resources.OfType<ProjectResource>())
            builder.CreateResourceBuilder(project).WithEnvironment(context => context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT"));
        var app = await builder.BuildAsync();
        _ = ResourceLogs.CopyAsync(app, logDirectory);
        using var cancel = new CancellationTokenSource(timeout);
        await app.StartAsync(cancel.Token);
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        foreach (var project in model.Resources.OfType<ProjectResource>())
            await app.ResourceNotifications.WaitForResourceHealthyAsync(project.Name, cancel.Token);
        if (replicas > 1) await EveryInstanceHealthyAsync(app, model.Resources.OfType<ProjectResource>().ToList(), cancel.Token);
        return new PlatformLauncher(app, dataDirectory);
    }

    /// <summary>
    /// Waits until every instance of every project is healthy: with replicas, waiting for a resource returns when one
    /// of its instances is.
    /// </summary>
    private static async Task EveryInstanceHealthyAsync(DistributedApplication app, IReadOnlyList<ProjectResource> projects, CancellationToken cancel)
    {
        var healthy = projects.ToDictionary(p => p.Name, _ => new HashSet<string>());
        await foreach (var change in app.ResourceNotifications.WatchAsync(cancel))
        {
            if (!healthy.TryGetValue(change.Resource.Name, out var instances)) continue;
            if (change.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy) instances.Add(change.ResourceId);
            else instances.Remove(change.ResourceId);
            if (projects.All(p => healthy[p.Name].Count >= p.GetReplicaCount())) return;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { /* a server still closing its files; the directory is under /tmp */ }
    }
}

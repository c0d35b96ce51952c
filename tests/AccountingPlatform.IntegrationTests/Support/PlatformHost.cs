using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>
/// The platform under test: the real AppHost, started once per test run by Aspire.Hosting.Testing on random ports with
/// a fresh data directory, and stopped when the test process exits. Start-up waits on every resource's health, never
/// on a sleep. Every resource's console log is written to <see cref="LogDirectory"/> as it comes. The run directory is
/// <c>PLATFORM_TEST_RUN_DIR</c> (deploy/local/test.sh sets it) or a new temporary one.
/// </summary>
public sealed class PlatformHost
{
    private static readonly Lazy<PlatformHost> Started = new(() => Task.Run(StartAsync).GetAwaiter().GetResult());
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    /// <summary><c>Payment:QrCodeLifetime</c> under test: long enough for every test that pays at once, short enough to wait for.</summary>
    public static readonly TimeSpan PaymentQrCodeLifetime = TimeSpan.FromSeconds(40);

    /// <summary><c>Payment:ReconcileAfter</c> under test: a pending order is queried at Alipay 10 s after it is made.</summary>
    public static readonly TimeSpan PaymentReconcileAfter = TimeSpan.FromSeconds(10);

    private PlatformHost(DistributedApplication app, string dataDirectory, string logDirectory)
    {
        App = app;
        DataDirectory = dataDirectory;
        LogDirectory = logDirectory;
    }

    public static PlatformHost Instance => Started.Value;

    public DistributedApplication App { get; }
    public string DataDirectory { get; }
    public string LogDirectory { get; }
    public Uri GatewayUrl => App.GetEndpoint("gateway", "http");
    public Uri EmulatorUrl => App.GetEndpoint("channelemulator", "http");
    public Uri EmulatorSmtpUrl => App.GetEndpoint("channelemulator", "smtp");

    public string ConnectionString(string resource) =>
        Task.Run(() => App.GetConnectionStringAsync(resource).AsTask()).GetAwaiter().GetResult()
        ?? throw new InvalidOperationException($"{resource} has no connection string");

    /// <summary>The environment the AppHost gave a running resource (e.g. <c>Channels__Email__Port</c>), as the dashboard shows it.</summary>
    public async Task<IReadOnlyDictionary<string, string?>> EnvironmentOfAsync(string resource)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var running = await App.ResourceNotifications.WaitForResourceAsync(resource,
            e => e.Snapshot.State?.Text == KnownResourceStates.Running && !e.Snapshot.EnvironmentVariables.IsDefaultOrEmpty, timeout.Token);
        return running.Snapshot.EnvironmentVariables.Where(v => v.IsFromSpec).ToDictionary(v => v.Name, v => v.Value);
    }

    /// <summary>Stops a resource (e.g. <c>rabbitmq</c>) as an operator would from the dashboard, and waits until it has.</summary>
    public async Task StopResourceAsync(string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var result = await App.ResourceCommands.ExecuteCommandAsync(name, KnownResourceCommands.StopCommand, timeout.Token);
        Assert.True(result.Success, $"stopping {name}: {result.Message}");
        await App.ResourceNotifications.WaitForResourceAsync(name, [KnownResourceStates.Exited, KnownResourceStates.Finished], timeout.Token);
    }

    /// <summary>Starts a stopped resource again and waits until it is healthy.</summary>
    public async Task StartResourceAsync(string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var result = await App.ResourceCommands.ExecuteCommandAsync(name, KnownResourceCommands.StartCommand, timeout.Token);
        Assert.True(result.Success, $"starting {name}: {result.Message}");
        await App.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
    }

    private static async Task<PlatformHost> StartAsync()
    {
        var runDirectory = Environment.GetEnvironmentVariable("PLATFORM_TEST_RUN_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), $"accounting-platform-tests-{Guid.NewGuid():N}"[..36]);
        var dataDirectory = Path.Combine(runDirectory, "data");
        var logDirectory = Path.Combine(runDirectory, "logs");
        Directory.CreateDirectory(logDirectory);

        // PLATFORM_TEST_DASHBOARD=1: watch the run in the Aspire dashboard (its login link in <run directory>/dashboard.txt).
        var dashboard = Environment.GetEnvironmentVariable("PLATFORM_TEST_DASHBOARD") == "1";
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AccountingPlatform_AppHost>(
            [
                $"Infrastructure:DataDirectory={dataDirectory}",
                "DcpPublisher:RandomizePorts=true",
            ],
            (options, _) => options.DisableDashboard = !dashboard);
        // The resources' logs go to files (below), not into the test output; the AppHost reports only warnings.
        builder.Services.AddLogging(logging => logging
            .AddFilter("AccountingPlatform.AppHost.Resources", LogLevel.None)
            .AddFilter("Aspire", LogLevel.Warning)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));  // resources not up yet, while starting
        // Without a dashboard nothing would receive the telemetry the AppHost points every process at.
        if (!dashboard)
        {
            foreach (var project in builder.Resources.OfType<ProjectResource>())
                builder.CreateResourceBuilder(project).WithEnvironment(context => context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT"));
        }
        // Payment's codes expire and are reconciled in seconds rather than minutes, so the tests can watch it happen
        // (Alipay's own timeout is whole minutes: a code closed before then was closed by Payment).
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(p => p.Name == "payment"))
            .WithEnvironment("Payment__QrCodeLifetime", PaymentQrCodeLifetime.ToString("c", CultureInfo.InvariantCulture))
            .WithEnvironment("Payment__ReconcileAfter", PaymentReconcileAfter.ToString("c", CultureInfo.InvariantCulture));
        // The gateway is not behind the orchestrator's proxy (it must see each client's address), so its port is not
        // randomized with the others: a free one is chosen here instead of run.sh's 5080.
        var gatewayPort = FreeLoopbackPort();
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(p => p.Name == "gateway"))
            .WithEndpoint("http", e => (e.Port, e.TargetPort) = (gatewayPort, gatewayPort));
        var app = await builder.BuildAsync();
        var host = new PlatformHost(app, dataDirectory, logDirectory);
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        _ = host.CopyLogsAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => host.Stop();

        using var timeout = new CancellationTokenSource(StartTimeout);
        await app.StartAsync(timeout.Token);
        foreach (var resource in model.Resources.OfType<ProjectResource>())
            await app.ResourceNotifications.WaitForResourceHealthyAsync(resource.Name, timeout.Token);
        if (dashboard) await File.WriteAllTextAsync(Path.Combine(runDirectory, "dashboard.txt"), (await app.GetDashboardUrlAsync(timeout.Token)).ToString());
        return host;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Writes each resource's console log (by its instance id, as the orchestrator names it) to a file.</summary>
    private async Task CopyLogsAsync()
    {
        var copying = new HashSet<string>();
        await foreach (var change in App.ResourceNotifications.WatchAsync())
        {
            if (change.Resource is ParameterResource || change.Snapshot.IsHidden || !copying.Add(change.ResourceId)) continue;
            _ = CopyLogsAsync(change.ResourceId, change.Resource.Name);
        }
    }

    private async Task CopyLogsAsync(string resourceId, string name)
    {
        await using var file = new FileStream(Path.Combine(LogDirectory, name + ".log"), FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        await using var writer = new StreamWriter(file);
        await foreach (var batch in App.Services.GetRequiredService<ResourceLoggerService>().WatchAsync(resourceId))
        {
            foreach (var line in batch) await writer.WriteLineAsync(line.Content);
            await writer.FlushAsync();
        }
    }

    private void Stop()
    {
        try
        {
            App.StopAsync().Wait(TimeSpan.FromSeconds(60));
            App.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(30));
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (Exception e) when (e is AggregateException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"stopping the platform under test: {e.Message}");
        }
    }
}

using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using AccountingPlatform.Benchmarks.Platform;
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

    /// <summary>
    /// More AppHost configuration for this test run (<c>Key=Value</c>), set before the platform starts: the browser tests
    /// give the gateway a one-request password pool and roomier per-address limits (every browser connects from 127.0.0.1).
    /// </summary>
    public static List<string> AppHostArguments { get; } = [];

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

    /// <summary>
    /// Starts a stopped resource again and waits until it is healthy. Right after the start command the resource's
    /// last state may still be the stop's (Exited): that is waited through, not taken as a failed start.
    /// </summary>
    public async Task StartResourceAsync(string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var result = await App.ResourceCommands.ExecuteCommandAsync(name, KnownResourceCommands.StartCommand, timeout.Token);
        Assert.True(result.Success, $"starting {name}: {result.Message}");
        try
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(name, WaitBehavior.WaitOnResourceUnavailable, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Assert.Fail($"{name} was not healthy within 2 minutes of its start (its log: {Path.Combine(LogDirectory, name + ".log")})");
        }
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
                .. AppHostArguments,
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
        var app = await builder.BuildAsync();
        var host = new PlatformHost(app, dataDirectory, logDirectory);
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        _ = ResourceLogs.CopyAsync(app, logDirectory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => host.Stop();

        using var timeout = new CancellationTokenSource(StartTimeout);
        await app.StartAsync(timeout.Token);
        foreach (var resource in model.Resources.OfType<ProjectResource>())
            await app.ResourceNotifications.WaitForResourceHealthyAsync(resource.Name, timeout.Token);
        if (dashboard) await File.WriteAllTextAsync(Path.Combine(runDirectory, "dashboard.txt"), (await app.GetDashboardUrlAsync(timeout.Token)).ToString());
        return host;
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

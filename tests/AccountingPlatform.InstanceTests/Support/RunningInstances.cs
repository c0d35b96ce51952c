using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace AccountingPlatform.InstanceTests.Support;

/// <summary>The instances (the orchestrator's replicas) of the platform's resources, as its notifications show them.</summary>
internal static class RunningInstances
{
    /// <summary>Waits until every resource named has <paramref name="count"/> healthy instances, and returns them by resource.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> HealthyAsync(IReadOnlyCollection<string> resources, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var healthy = resources.ToDictionary(r => r, _ => new HashSet<string>());
        await foreach (var change in PlatformHost.Instance.App.ResourceNotifications.WatchAsync(timeout.Token))
        {
            if (!healthy.TryGetValue(change.Resource.Name, out var instances)) continue;
            if (change.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy) instances.Add(change.ResourceId);
            else instances.Remove(change.ResourceId);
            if (healthy.Values.All(i => i.Count >= count)) break;
        }
        return healthy.ToDictionary(h => h.Key, h => (IReadOnlySet<string>)h.Value);
    }

    /// <summary>Starts a stopped (or killed) instance again and waits until it is running and healthy.</summary>
    public static Task StartAsync(string instance) =>
        CommandAsync(instance, KnownResourceCommands.StartCommand, s => s == KnownResourceStates.Running, healthy: true);

    /// <summary>
    /// Kills one instance outright, as a node losing power would: SIGKILL to the process the orchestrator started for it
    /// (the <c>executable.pid</c> its snapshot shows) and to every process under it, so nothing of it shuts down
    /// gracefully. Waits until the orchestrator has seen it go, and returns the state it shows then.
    /// </summary>
    public static async Task<string?> KillAsync(string instance)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var notifications = PlatformHost.Instance.App.ResourceNotifications;
        Assert.True(notifications.TryGetCurrentState(instance, out var state), $"no state of {instance}");
        var pid = state.Snapshot.Properties.SingleOrDefault(p => p.Name == "executable.pid")?.Value;
        Assert.True(pid is not null, $"{instance} shows no process id: {string.Join(", ", state.Snapshot.Properties.Select(p => p.Name))}");
        using (var process = System.Diagnostics.Process.GetProcessById(Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture)))
            process.Kill(entireProcessTree: true);   // SIGKILL, on Linux, to it and its descendants
        await foreach (var change in notifications.WatchAsync(timeout.Token))
        {
            if (change.ResourceId == instance && change.Snapshot.State?.Text is { } text && text != KnownResourceStates.Running) return text;
        }
        return null;
    }

    /// <summary>
    /// Brings a killed instance back, and waits until it is healthy: restarted by the orchestrator if it did so by
    /// itself, else started as an operator would from the dashboard.
    /// </summary>
    public static async Task BringBackAsync(string instance)
    {
        var notifications = PlatformHost.Instance.App.ResourceNotifications;
        if (notifications.TryGetCurrentState(instance, out var state) && state.Snapshot.State?.Text is var text
            && (text == KnownResourceStates.Running || text == KnownResourceStates.Starting))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await ReachedAsync(instance, s => s == KnownResourceStates.Running, healthy: true, timeout.Token);
            return;
        }
        await StartAsync(instance);
    }

    private static async Task CommandAsync(string instance, string command, Func<string?, bool> reached, bool healthy = false)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var app = PlatformHost.Instance.App;
        var result = await app.ResourceCommands.ExecuteCommandAsync(instance, command, timeout.Token);
        Assert.True(result.Success, $"{command} {instance}: {result.Message}");
        await ReachedAsync(instance, reached, healthy, timeout.Token);
    }

    private static async Task ReachedAsync(string instance, Func<string?, bool> reached, bool healthy, CancellationToken cancellationToken)
    {
        await foreach (var change in PlatformHost.Instance.App.ResourceNotifications.WatchAsync(cancellationToken))
        {
            if (change.ResourceId != instance || !reached(change.Snapshot.State?.Text)) continue;
            if (!healthy || change.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy) return;
        }
    }

    /// <summary>Each healthy instance's own address (its port behind the orchestrator's proxy, from its environment).</summary>
    public static async Task<IReadOnlyList<Uri>> OwnAddressesAsync(string resource, int count)
    {
        var instances = (await HealthyAsync([resource], count))[resource];
        var addresses = new List<Uri>();
        var notifications = PlatformHost.Instance.App.ResourceNotifications;
        foreach (var instance in instances.Order(StringComparer.Ordinal))
        {
            Assert.True(notifications.TryGetCurrentState(instance, out var state), $"no state of {instance}");
            var environment = state.Snapshot.EnvironmentVariables.ToDictionary(v => v.Name, v => v.Value);
            var port = environment.GetValueOrDefault("HTTP_PORTS")
                ?? System.Text.RegularExpressions.Regex.Match(environment.GetValueOrDefault("ASPNETCORE_URLS") ?? "", @":(\d+)").Groups[1].Value;
            Assert.False(string.IsNullOrEmpty(port), $"{instance} shows no port: {string.Join(", ", environment.Keys)}");
            addresses.Add(new Uri($"http://127.0.0.1:{port.Split(';')[0]}"));
        }
        return addresses;
    }
}

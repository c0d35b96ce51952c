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

    /// <summary>Stops one instance (as an operator would from the dashboard, or as a node going away) and waits until it has.</summary>
    public static Task StopAsync(string instance) =>
        CommandAsync(instance, KnownResourceCommands.StopCommand, s => s == KnownResourceStates.Exited || s == KnownResourceStates.Finished);

    /// <summary>Starts a stopped instance again and waits until it is running and healthy.</summary>
    public static Task StartAsync(string instance) =>
        CommandAsync(instance, KnownResourceCommands.StartCommand, s => s == KnownResourceStates.Running, healthy: true);

    private static async Task CommandAsync(string instance, string command, Func<string?, bool> reached, bool healthy = false)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var app = PlatformHost.Instance.App;
        var result = await app.ResourceCommands.ExecuteCommandAsync(instance, command, timeout.Token);
        Assert.True(result.Success, $"{command} {instance}: {result.Message}");
        await foreach (var change in app.ResourceNotifications.WatchAsync(timeout.Token))
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

using System.Collections.Concurrent;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AccountingPlatform.Benchmarks.Platform;

/// <summary>
/// The running platform a benchmark measures: the AppHost's application, from which it reads the gateways, each
/// service's own address (for the direct comparison), connection strings and the process of every instance.
/// </summary>
public sealed class PlatformTarget
{
    public static readonly string[] Services = ["identity", "realname", "personnel", "review", "enrollment", "payment"];

    private readonly DistributedApplication _app;
    private readonly Lazy<IReadOnlyList<Uri>> _gateways;
    /// <summary>Every instance's latest state by its id (<c>identity</c>, or <c>identity-xkqjwmrb</c> for a replica), as the orchestrator reports it.</summary>
    private readonly ConcurrentDictionary<string, ResourceEvent> _instances = new(StringComparer.Ordinal);

    public PlatformTarget(DistributedApplication app)
    {
        _app = app;
        _gateways = new(() => GatewayNames(app).Select(g => _app.GetEndpoint(g, "http")).ToList());
        // The instances of a replicated resource are known by their ids only, which the notifications give (ended with the application).
        _ = Task.Run(async () =>
        {
            await foreach (var change in app.ResourceNotifications.WatchAsync()) _instances[change.ResourceId] = change;
        });
    }

    /// <summary>The first gateway instance (the reviewer, the channels' callbacks and the web app use it).</summary>
    public Uri Gateway => Gateways[0];

    /// <summary>Every gateway instance (<c>gateway</c>, <c>gateway2</c>, … with <c>Platform:Replicas</c>), each on its own address.</summary>
    public IReadOnlyList<Uri> Gateways => _gateways.Value;

    /// <summary>Instances per service (<c>Platform:Replicas</c> of the AppHost): one gateway resource per instance.</summary>
    public int Replicas => Gateways.Count;

    public Uri Emulator => _app.GetEndpoint("channelemulator", "http");
    public Uri ServiceUrl(string service) => _app.GetEndpoint(service, "http");

    public async Task<string> ConnectionStringAsync(string resource) =>
        await _app.GetConnectionStringAsync(resource) ?? throw new InvalidOperationException($"{resource} has no connection string");

    /// <summary>
    /// Each running process of the platform, as the orchestrator reports it (<c>executable.pid</c>), with the service it
    /// is an instance of. One instance: <c>Instance</c> is the service's name (<c>identity</c>, <c>gateway</c>); several:
    /// <c>identity#1</c>, <c>identity#2</c>… (replicas in the order of their ids) and <c>gateway#1</c>, <c>gateway#2</c>…
    /// (the resources <c>gateway</c>, <c>gateway2</c>…).
    /// </summary>
    public IReadOnlyList<PlatformProcess> Processes()
    {
        var model = _app.Services.GetRequiredService<DistributedApplicationModel>();
        var gateways = GatewayNames(_app);
        var processes = new List<PlatformProcess>();
        foreach (var resource in model.Resources.Where(r => r is ProjectResource or ExecutableResource))
        {
            var service = gateways.Contains(resource.Name) ? "gateway" : resource.Name;
            var instances = _instances.Values.Where(e => e.Resource == resource).OrderBy(e => e.ResourceId, StringComparer.Ordinal).ToList();
            if (instances.Count == 0 && _app.ResourceNotifications.TryGetCurrentState(resource.Name, out var state)) instances.Add(state);
            for (var i = 0; i < instances.Count; i++)
            {
                var pid = instances[i].Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value;
                if (pid is null || Convert.ToInt32(pid, CultureInfo.InvariantCulture) is not (> 0 and var id)) continue;
                var instance = service == "gateway" && gateways.Count > 1 ? $"gateway#{gateways.IndexOf(resource.Name) + 1}"
                    : instances.Count > 1 ? $"{service}#{i + 1}" : service;
                processes.Add(new PlatformProcess(service, instance, id));
            }
        }
        return processes;
    }

    /// <summary><c>gateway</c>, <c>gateway2</c>, <c>gateway3</c>… as the AppHost names its gateway instances.</summary>
    private static List<string> GatewayNames(DistributedApplication app) =>
        [.. app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>()
            .Select(r => r.Name).Where(n => n == "gateway" || (n.StartsWith("gateway", StringComparison.Ordinal) && int.TryParse(n[7..], out _)))
            .OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)];
}

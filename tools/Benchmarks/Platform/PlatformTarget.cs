using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AccountingPlatform.Benchmarks.Platform;

/// <summary>
/// The running platform a benchmark measures: the AppHost's application, from which it reads the gateway, each
/// service's own address (for the direct comparison), connection strings and the process of every resource.
/// </summary>
public sealed class PlatformTarget(DistributedApplication app)
{
    public static readonly string[] Services = ["identity", "realname", "personnel", "review", "enrollment", "payment"];

    public Uri Gateway => app.GetEndpoint("gateway", "http");
    public Uri Emulator => app.GetEndpoint("channelemulator", "http");
    public Uri ServiceUrl(string service) => app.GetEndpoint(service, "http");

    public async Task<string> ConnectionStringAsync(string resource) =>
        await app.GetConnectionStringAsync(resource) ?? throw new InvalidOperationException($"{resource} has no connection string");

    /// <summary>Each running resource's process id, as the orchestrator reports it (<c>executable.pid</c>).</summary>
    public IReadOnlyDictionary<string, int> ProcessIds()
    {
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        var ids = new Dictionary<string, int>();
        foreach (var resource in model.Resources.Where(r => r is ProjectResource or ExecutableResource))
        {
            if (!app.ResourceNotifications.TryGetCurrentState(resource.Name, out var state)) continue;
            var pid = state.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value;
            if (pid is not null && Convert.ToInt32(pid, CultureInfo.InvariantCulture) is > 0 and var id) ids[resource.Name] = id;
        }
        return ids;
    }
}

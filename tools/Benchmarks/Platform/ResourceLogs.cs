using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace AccountingPlatform.Benchmarks.Platform;

/// <summary>
/// Writes each resource's console log to <c>{directory}/{resource}.log</c> as it comes (the platform under test, a
/// benchmark's platform); a resource running in several instances (<c>Platform:Replicas</c>) has one file per instance,
/// <c>{directory}/{instance}.log</c> (e.g. <c>identity-xkqjwmrb.log</c>).
/// </summary>
public static class ResourceLogs
{
    public static async Task CopyAsync(DistributedApplication app, string directory)
    {
        Directory.CreateDirectory(directory);
        var copying = new HashSet<string>();
        await foreach (var change in app.ResourceNotifications.WatchAsync())
        {
            if (change.Resource is ParameterResource || change.Snapshot.IsHidden || !copying.Add(change.ResourceId)) continue;
            var file = change.Resource.GetReplicaCount() > 1 ? change.ResourceId : change.Resource.Name;
            _ = CopyAsync(app, change.ResourceId, Path.Combine(directory, file + ".log"));
        }
    }

    private static async Task CopyAsync(DistributedApplication app, string resourceId, string path)
    {
        await using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        await using var writer = new StreamWriter(file);
        await foreach (var batch in app.Services.GetRequiredService<ResourceLoggerService>().WatchAsync(resourceId))
        {
            foreach (var line in batch) await writer.WriteLineAsync(line.Content);
            await writer.FlushAsync();
        }
    }
}

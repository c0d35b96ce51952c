namespace AccountingPlatform.Benchmarks.Platform;

/// <summary>
/// One running process of the platform: the service (or other resource) it belongs to, its instance's name (the
/// service's own name when it runs once) and its process id.
/// </summary>
public sealed record PlatformProcess(string Service, string Instance, int Pid)
{
    /// <summary>Whether the service runs in several instances, so its figures are shown per instance and summed.</summary>
    public bool IsReplica => Instance != Service;
}

namespace AccountingPlatform.AppHost;

public static class ProcessMemory
{
    /// <summary>
    /// Every .NET process of the platform with glibc's malloc held to two arenas (<c>MALLOC_ARENA_MAX=2</c>). By default
    /// glibc gives each thread that allocates natively (the JIT, the GC's and the thread pool's threads, Npgsql's and
    /// OpenSSL's buffers) an arena of its own, up to eight per core, each keeping its freed memory: measured, a service's
    /// peak RSS fell by about 24 MiB with two (issue 22; README "The registration-rush benchmark"). Kubernetes sets the
    /// same in <c>deploy/k8s/base/common/platform.env</c>, the image in its Dockerfile.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithFewMallocArenas(this IResourceBuilder<ProjectResource> project) =>
        project.WithEnvironment("MALLOC_ARENA_MAX", "2");
}

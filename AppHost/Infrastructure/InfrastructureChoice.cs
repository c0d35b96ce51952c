using Microsoft.Extensions.Configuration;

namespace AccountingPlatform.AppHost.Infrastructure;

/// <summary>
/// Chooses the <see cref="InfrastructureMode"/>: <c>Infrastructure:Mode</c> (<c>containers</c>, <c>processes</c> or
/// <c>auto</c>, the default). <c>auto</c> takes containers only when a container runtime answers (<c>docker info</c>,
/// else <c>podman info</c>) and has, or can pull, every image the container resources use; otherwise local processes.
/// </summary>
public sealed record InfrastructureChoice(InfrastructureMode Mode, string Reason)
{
    public static InfrastructureChoice From(IConfiguration configuration, Func<IReadOnlyList<string>> containerImages)
    {
        var requested = configuration["Infrastructure:Mode"] ?? "auto";
        if (requested.Equals("containers", StringComparison.OrdinalIgnoreCase))
            return new(InfrastructureMode.Containers, "Infrastructure:Mode=containers");
        if (requested.Equals("processes", StringComparison.OrdinalIgnoreCase))
            return new(InfrastructureMode.Processes, "Infrastructure:Mode=processes");
        if (!requested.Equals("auto", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Infrastructure:Mode must be containers, processes or auto, not '{requested}'.");

        var failures = new List<string>();
        foreach (var runtime in new[] { "docker", "podman" })
        {
            var answer = ContainerRuntime.Run(runtime, ["info", "--format", "{{.ServerVersion}}"], TimeSpan.FromSeconds(10));
            if (!answer.Succeeded)
            {
                failures.Add($"{runtime} info: {answer.Message}");
                continue;
            }
            var unavailable = containerImages().Select(image => (image, error: ContainerRuntime.Provide(runtime, image)))
                .Where(x => x.error is not null).ToList();
            if (unavailable.Count == 0) return new(InfrastructureMode.Containers, $"{runtime} answers and has the images");
            return new(InfrastructureMode.Processes,
                $"{runtime} answers but cannot provide {string.Join("; ", unavailable.Select(x => $"{x.image} ({x.error})"))}");
        }
        return new(InfrastructureMode.Processes, $"no container runtime works ({string.Join("; ", failures)})");
    }
}

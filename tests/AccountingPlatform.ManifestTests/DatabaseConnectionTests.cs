using AccountingPlatform.ManifestTests.Support;
using k8s.Models;

namespace AccountingPlatform.ManifestTests;

/// <summary>
/// Scaled out to every autoscaler's maximum, the services' connection pools (<c>Database__MaxPoolSize</c> each instance,
/// 40 when unset) still fit under PostgreSQL's <c>max_connections</c>, with room left for the migrate Jobs and people.
/// </summary>
public sealed class DatabaseConnectionTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("production")]
    public void The_services_at_their_most_instances_fit_under_max_connections(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var connections = ConfigurationNames.Services.Sum(service =>
        {
            var container = rendered.All<V1Deployment>().Single(d => d.Name() == service).Spec.Template.Spec.Containers.Single();
            var pool = rendered.All<V1ConfigMap>().Where(c => container.EnvFrom.Any(e => e.ConfigMapRef?.Name == c.Name()))
                .Select(c => c.Data.TryGetValue("Database__MaxPoolSize", out var value) ? int.Parse(value) : (int?)null).SingleOrDefault(v => v is not null) ?? 40;
            var instances = rendered.All<V2HorizontalPodAutoscaler>().Single(a => a.Spec.ScaleTargetRef.Name == service).Spec.MaxReplicas;
            return pool * instances;
        });
        var maxConnections = overlay == "production"
            ? int.Parse((string)Assert.Single(rendered.OperatorResourcesOf("Cluster")).Get("spec", "postgresql", "parameters", "max_connections")!)
            : int.Parse(rendered.All<V1StatefulSet>().Single(s => s.Name() == "postgres").Spec.Template.Spec.Containers.Single().Args
                .Single(a => a.StartsWith("max_connections=", StringComparison.Ordinal))["max_connections=".Length..]);
        Assert.True(connections <= maxConnections * 0.9, $"{overlay}: the services may open {connections} connections; PostgreSQL takes {maxConnections}");
    }
}

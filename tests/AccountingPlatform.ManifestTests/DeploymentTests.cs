using AccountingPlatform.ManifestTests.Support;
using k8s.Models;

namespace AccountingPlatform.ManifestTests;

/// <summary>What a reviewer checks on every Deployment of every overlay: probes, resources, security, disruption and scaling.</summary>
public sealed class DeploymentTests
{
    [Theory, MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void Every_process_of_the_platform_is_a_deployment_with_a_service_account_and_a_service(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        Assert.Equal(ConfigurationNames.Processes.Order(), rendered.All<V1Deployment>().Select(d => d.Name()).Order());
        foreach (var deployment in rendered.All<V1Deployment>())
        {
            var pod = deployment.Spec.Template;
            Assert.Contains(rendered.All<V1ServiceAccount>(), a => a.Name() == pod.Spec.ServiceAccountName && a.AutomountServiceAccountToken == false);
            Assert.Contains(rendered.All<V1Service>(), s => s.Name() == deployment.Name()
                && s.Spec.Selector.All(l => pod.Metadata.Labels.TryGetValue(l.Key, out var v) && v == l.Value)
                && s.Spec.Ports.Single().TargetPort.Value == "http");
        }
    }

    [Theory, MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void Readiness_asks_health_and_liveness_and_startup_ask_alive_on_the_served_port(string overlay)
    {
        foreach (var deployment in RenderedOverlay.Of(overlay).All<V1Deployment>())
        {
            var container = deployment.Spec.Template.Spec.Containers.Single();
            Assert.Contains(container.Ports, p => p.Name == "http" && p.ContainerPort == 8080);
            Assert.Equal(("/health", "http"), (container.ReadinessProbe?.HttpGet?.Path, container.ReadinessProbe?.HttpGet?.Port.Value));
            Assert.Equal(("/alive", "http"), (container.LivenessProbe?.HttpGet?.Path, container.LivenessProbe?.HttpGet?.Port.Value));
            Assert.Equal(("/alive", "http"), (container.StartupProbe?.HttpGet?.Path, container.StartupProbe?.HttpGet?.Port.Value));
        }
    }

    [Theory, MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void Every_container_of_the_platform_has_cpu_and_memory_requests_within_limits(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        foreach (var (owner, _, spec) in rendered.PodTemplates())
        foreach (var container in spec.Containers)
        foreach (var resource in new[] { "cpu", "memory" })
        {
            Assert.True(container.Resources?.Requests?.ContainsKey(resource) == true, $"{owner}: no {resource} request");
            Assert.True(container.Resources?.Limits?.ContainsKey(resource) == true, $"{owner}: no {resource} limit");
            Assert.True(container.Resources.Requests[resource].ToDecimal() <= container.Resources.Limits[resource].ToDecimal(), $"{owner}: {resource} request above its limit");
        }
    }

    /// <summary>Memory from the README's benchmark: a service peaked at 218–266 MiB, the gateway 144, the portal 171.</summary>
    [Theory, MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void Memory_limits_leave_room_above_the_measured_peak(string overlay)
    {
        var peakMiB = new Dictionary<string, decimal>
        {
            ["identity"] = 247.2m, ["realname"] = 223.7m, ["personnel"] = 265.6m, ["review"] = 218.3m,
            ["enrollment"] = 264m, ["payment"] = 239m, ["gateway"] = 144.2m, ["web"] = 171m,
        };
        foreach (var deployment in RenderedOverlay.Of(overlay).All<V1Deployment>())
        {
            var resources = deployment.Spec.Template.Spec.Containers.Single().Resources;
            var peak = peakMiB[deployment.Name()] * 1024 * 1024;
            Assert.True(resources.Requests["memory"].ToDecimal() >= peak, $"{deployment.Name()}: memory request below its measured peak");
            Assert.True(resources.Limits["memory"].ToDecimal() >= 1.5m * peak, $"{deployment.Name()}: memory limit under 1.5 × its measured peak");
        }
    }

    [Theory, MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void Platform_pods_run_as_non_root_on_a_read_only_root_with_no_privilege_and_no_capability(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var platformPods = rendered.PodTemplates().Where(p => p.Owner.StartsWith("Deployment", StringComparison.Ordinal) || p.Owner.StartsWith("Job", StringComparison.Ordinal)).ToList();
        Assert.Equal(ConfigurationNames.Processes.Length + ConfigurationNames.Services.Length, platformPods.Count);
        foreach (var (owner, _, spec) in platformPods)
        {
            Assert.True(spec.SecurityContext?.RunAsNonRoot == true, $"{owner}: may run as root");
            Assert.Equal("RuntimeDefault", spec.SecurityContext?.SeccompProfile?.Type);
            var container = spec.Containers.Single();
            Assert.True(container.SecurityContext?.AllowPrivilegeEscalation == false, $"{owner}: privilege escalation allowed");
            Assert.True(container.SecurityContext?.ReadOnlyRootFilesystem == true, $"{owner}: writable root filesystem");
            Assert.Equal(["ALL"], container.SecurityContext?.Capabilities?.Drop ?? []);
            Assert.Null(container.SecurityContext?.Capabilities?.Add);
            var tmp = Assert.Single(container.VolumeMounts ?? [], m => m.MountPath == "/tmp");
            Assert.NotNull(spec.Volumes.Single(v => v.Name == tmp.Name).EmptyDir);
        }
    }

    [Theory, MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void Every_deployment_has_a_disruption_budget_and_an_autoscaler_keeping_two_pods_or_more(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        foreach (var deployment in rendered.All<V1Deployment>())
        {
            var labels = deployment.Spec.Template.Metadata.Labels;
            var budget = Assert.Single(rendered.All<V1PodDisruptionBudget>(), b => b.Spec.Selector.Selects(labels));
            Assert.True(budget.Spec.MaxUnavailable?.Value == "1" || budget.Spec.MinAvailable is not null, $"{deployment.Name()}: the budget allows nothing");
            var autoscaler = Assert.Single(rendered.All<V2HorizontalPodAutoscaler>(), a => a.Spec.ScaleTargetRef.Kind == "Deployment" && a.Spec.ScaleTargetRef.Name == deployment.Name());
            Assert.True(autoscaler.Spec.MinReplicas >= 2, $"{deployment.Name()}: fewer than 2 pods allowed (a disruption would stop it)");
            Assert.True(autoscaler.Spec.MaxReplicas > autoscaler.Spec.MinReplicas, $"{deployment.Name()}: the autoscaler cannot add a pod");
            Assert.Contains(autoscaler.Spec.Metrics, m => m.Resource?.Name == "cpu" && m.Resource.Target.AverageUtilization is > 0 and < 100);
            Assert.Null(deployment.Spec.Replicas);   // the autoscaler owns the count; a fixed one would fight it on every apply
        }
    }

    [Theory, MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void Every_image_is_tagged(string overlay)
    {
        foreach (var (owner, _, spec) in RenderedOverlay.Of(overlay).PodTemplates())
        foreach (var container in spec.Containers)
        {
            var tag = container.Image.Split('/').Last().Split(':').ElementAtOrDefault(1);
            Assert.False(tag is null or "latest", $"{owner}: image {container.Image} has no fixed tag");
        }
    }

    [Fact]
    public void Production_images_come_from_the_registry()
    {
        foreach (var deployment in RenderedOverlay.Of("production").All<V1Deployment>())
            Assert.StartsWith($"registry.kjzg.example.cn/accounting-platform/{deployment.Name()}:", deployment.Spec.Template.Spec.Containers.Single().Image);
    }
}

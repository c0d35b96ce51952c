using AccountingPlatform.ManifestTests.Support;
using k8s.Models;

namespace AccountingPlatform.ManifestTests;

/// <summary>Default deny, and every pod let through only where a rule names it.</summary>
public sealed class NetworkPolicyTests
{
    [Theory, MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void A_default_deny_covers_every_pod_both_ways(string overlay)
    {
        Assert.Contains(RenderedOverlay.Of(overlay).All<V1NetworkPolicy>(), p =>
            p.Spec.PodSelector.MatchLabels is null && p.Spec.PodSelector.MatchExpressions is null
            && p.Spec.PolicyTypes.Order().SequenceEqual(["Egress", "Ingress"])
            && p.Spec.Ingress is null && p.Spec.Egress is null);
    }

    /// <summary>Operators' pods too: their labels are what the CRs give them (CloudNativePG's inheritedMetadata, the RabbitmqCluster's override).</summary>
    [Theory, MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void Every_pod_is_selected_by_an_allowing_policy(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var allowing = rendered.All<V1NetworkPolicy>().Where(p => p.Spec.Ingress is not null || p.Spec.Egress is not null).ToList();
        var pods = rendered.PodTemplates().Select(p => (p.Owner, p.Labels)).Concat(OperatorPods(rendered)).ToList();
        Assert.NotEmpty(pods);
        foreach (var (owner, labels) in pods)
            Assert.True(allowing.Any(p => p.Spec.PodSelector.Selects(labels) && (p.Spec.PodSelector.MatchLabels?.Count ?? 0) + (p.Spec.PodSelector.MatchExpressions?.Count ?? 0) > 0),
                $"{owner}: no policy names it, so nothing reaches it and it reaches only DNS");
    }

    [Theory, MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void No_ingress_rule_is_open_to_everyone(string overlay)
    {
        foreach (var policy in RenderedOverlay.Of(overlay).All<V1NetworkPolicy>())
        foreach (var rule in policy.Spec.Ingress ?? [])
        {
            Assert.False(rule.FromProperty is null or { Count: 0 }, $"{policy.Name()}: an ingress rule without 'from' admits every source");
            Assert.All(rule.FromProperty, peer => Assert.Null(peer.IpBlock));
        }
    }

    [Theory, MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void Only_the_gateway_is_reached_from_outside_the_namespace_and_services_only_from_the_gateway_and_each_other(string overlay)
    {
        var policies = RenderedOverlay.Of(overlay).All<V1NetworkPolicy>().ToList();
        var fromOtherNamespaces = policies.Where(p => (p.Spec.Ingress ?? []).Any(r => r.FromProperty.Any(f => f.NamespaceSelector is not null)))
            .Select(p => p.Name()).Order().ToList();
        Assert.Equal(overlay == "production" ? ["gateway", "postgres", "rabbitmq"] : ["gateway"], fromOtherNamespaces);
        var services = policies.Single(p => p.Name() == "services");
        var source = Assert.Single(Assert.Single(services.Spec.Ingress).FromProperty);
        Assert.Equal("gateway", source.PodSelector.MatchLabels["app.kubernetes.io/component"]);
    }

    private static IEnumerable<(string Owner, IDictionary<string, string> Labels)> OperatorPods(RenderedOverlay rendered) =>
        rendered.OperatorResourcesOf("Cluster").Select(c => ($"Cluster {c.Name}", Labels(c.Get("spec", "inheritedMetadata", "labels"))))
            .Concat(rendered.OperatorResourcesOf("RabbitmqCluster").Select(c => ($"RabbitmqCluster {c.Name}",
                Labels(c.Get("spec", "override", "statefulSet", "spec", "template", "metadata", "labels")))));

    private static IDictionary<string, string> Labels(object? yaml) =>
        (yaml as Dictionary<object, object>)?.ToDictionary(l => (string)l.Key, l => (string)l.Value) ?? [];
}

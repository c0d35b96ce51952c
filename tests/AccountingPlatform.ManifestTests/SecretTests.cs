using AccountingPlatform.ManifestTests.Support;
using k8s.Models;

namespace AccountingPlatform.ManifestTests;

/// <summary>Production keeps no secret in git; every secret a pod names is made by the overlay.</summary>
public sealed class SecretTests
{
    [Fact]
    public void Production_holds_no_secret_value()
    {
        var production = RenderedOverlay.Of("production");
        Assert.Empty(production.All<V1Secret>());
        var literalKinds = production.OperatorResources.Where(r => r.Get("spec", "target", "template", "data") is not null || r.Get("stringData") is not null);
        Assert.Empty(literalKinds);
        foreach (var external in production.OperatorResourcesOf("ExternalSecret"))
        {
            Assert.Equal(("ClusterSecretStore", "platform-secrets"), ((string?)external.Get("spec", "secretStoreRef", "kind"), (string?)external.Get("spec", "secretStoreRef", "name")));
            Assert.All(external.List("spec", "data").Cast<Dictionary<object, object>>(),
                d => Assert.StartsWith("accounting-platform/", (string)((Dictionary<object, object>)d["remoteRef"])["key"]));
        }
        foreach (var config in production.All<V1ConfigMap>())
            Assert.DoesNotContain(config.Data, d => d.Key.Contains("ConnectionStrings", StringComparison.Ordinal) || d.Key.EndsWith("Key", StringComparison.Ordinal) || d.Key.EndsWith("Secret", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("production")]
    public void Every_secret_and_config_map_a_pod_names_is_made_by_the_overlay(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        foreach (var (owner, _, spec) in rendered.PodTemplates())
        foreach (var container in spec.Containers)
        {
            var error = Record.Exception(() => rendered.NamesOf(container));
            Assert.True(error is null, $"{owner}: {error?.Message}");
            foreach (var key in (container.Env ?? []).Select(e => e.ValueFrom?.SecretKeyRef).OfType<V1SecretKeySelector>())
                Assert.Contains(key.Key, rendered.SecretKeys(key.Name));
        }
    }

    [Fact]
    public void The_operators_use_the_secrets_production_makes()
    {
        var production = RenderedOverlay.Of("production");
        var cluster = Assert.Single(production.OperatorResourcesOf("Cluster"));
        Assert.Contains("password", production.SecretKeys((string)cluster.Get("spec", "bootstrap", "initdb", "secret", "name")!));
        var rabbitmq = Assert.Single(production.OperatorResourcesOf("RabbitmqCluster"));
        Assert.Contains("password", production.SecretKeys((string)rabbitmq.Get("spec", "secretBackend", "externalSecret", "name")!));
    }
}

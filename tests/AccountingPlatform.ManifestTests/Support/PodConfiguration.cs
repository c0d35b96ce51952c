using k8s.Models;

namespace AccountingPlatform.ManifestTests.Support;

/// <summary>
/// The configuration names a container receives: its <c>env</c>, and the keys of every ConfigMap and Secret its
/// <c>envFrom</c> names. A Secret may be in the overlay (dev's generated ones) or made in the cluster by an
/// ExternalSecret whose target it is (production): then its keys are the ExternalSecret's <c>data[].secretKey</c>.
/// A reference to something the overlay does not make fails: the pod would not start.
/// </summary>
public static class PodConfiguration
{
    public static ISet<string> NamesOf(this RenderedOverlay overlay, V1Container container)
    {
        var names = new HashSet<string>((container.Env ?? []).Select(e => e.Name));
        foreach (var source in container.EnvFrom ?? [])
        {
            if (source.ConfigMapRef is { } configMapRef)
                names.UnionWith(overlay.All<V1ConfigMap>().SingleOrDefault(c => c.Name() == configMapRef.Name)?.Data.Keys
                    ?? throw new InvalidOperationException($"{container.Name}: no ConfigMap {configMapRef.Name}"));
            if (source.SecretRef is { } secretRef) names.UnionWith(overlay.SecretKeys(secretRef.Name));
        }
        return names;
    }

    public static IEnumerable<string> SecretKeys(this RenderedOverlay overlay, string name)
    {
        if (overlay.All<V1Secret>().SingleOrDefault(s => s.Name() == name) is { } secret) return (secret.Data ?? new Dictionary<string, byte[]>()).Keys;
        var external = overlay.OperatorResourcesOf("ExternalSecret").SingleOrDefault(e => (string?)e.Get("spec", "target", "name") == name)
            ?? throw new InvalidOperationException($"No Secret and no ExternalSecret makes {name}.");
        return external.List("spec", "data").Cast<Dictionary<object, object>>().Select(d => (string)d["secretKey"]);
    }
}

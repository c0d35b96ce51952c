namespace AccountingPlatform.ManifestTests.Support;

/// <summary><c>kubectl kustomize deploy/k8s/overlays/{overlay}</c>: the overlay as <c>kubectl apply -k</c> would send it.</summary>
public static class Kustomize
{
    public static string Render(string overlay) =>
        ExternalCommand.Run("kubectl", ["kustomize", Path.Combine(RepositoryRoot.Path, "deploy", "k8s", "overlays", overlay)], TimeSpan.FromMinutes(2),
            "kubectl is not installed (deploy/local/test.sh installs Debian's package kubectl where apt offers it).");
}

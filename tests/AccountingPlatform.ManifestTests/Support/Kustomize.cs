using System.ComponentModel;
using System.Diagnostics;

namespace AccountingPlatform.ManifestTests.Support;

/// <summary><c>kubectl kustomize deploy/k8s/overlays/{overlay}</c>: the overlay as <c>kubectl apply -k</c> would send it.</summary>
public static class Kustomize
{
    public static string Render(string overlay)
    {
        var directory = System.IO.Path.Combine(RepositoryRoot.Path, "deploy", "k8s", "overlays", overlay);
        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo("kubectl", ["kustomize", directory])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
        }
        catch (Win32Exception)
        {
            throw new InvalidOperationException("kubectl is not installed (deploy/local/test.sh installs Debian's package kubectl where apt offers it).");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"kubectl kustomize {overlay} gave no answer in 2 minutes.");
            }
            if (process.ExitCode != 0) throw new InvalidOperationException($"kubectl kustomize {overlay} failed: {error.Result}");
            return output.Result;
        }
    }
}

using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace AccountingPlatform.ManifestTests.Support;

/// <summary>
/// The AppHost's own manifest, written once per test run by
/// <c>dotnet run --project AppHost --no-build -- --publisher manifest --output-path …</c>: every process the AppHost
/// runs and the environment it gives each one (names only matter here; values are the AppHost's expressions).
/// </summary>
public static class AppHostManifest
{
    private static readonly Lazy<JsonElement> Resources = new(Publish);

    /// <summary>The AppHost's .NET projects, by resource name (the platform's processes and the channel emulator).</summary>
    public static IReadOnlyList<string> Projects =>
        [.. Resources.Value.EnumerateObject().Where(r => r.Value.GetProperty("type").GetString() == "project.v0").Select(r => r.Name)];

    public static IReadOnlyList<string> EnvironmentOf(string project) =>
        Resources.Value.GetProperty(project).TryGetProperty("env", out var env) ? [.. env.EnumerateObject().Select(e => e.Name)] : [];

    private static JsonElement Publish()
    {
        var output = Path.Combine(Path.GetTempPath(), $"apphost-manifest-{Guid.NewGuid():N}");
        var configuration = typeof(AppHostManifest).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var appHost = Path.Combine(RepositoryRoot.Path, "AppHost");
        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo("dotnet",
                ["run", "--project", appHost, "--no-build", "-c", configuration, "--", "--publisher", "manifest", "--output-path", Path.Combine(output, "manifest.json")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
        }
        catch (Win32Exception)
        {
            throw new InvalidOperationException("dotnet is not on the PATH.");
        }
        using (process)
        {
            var log = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("The AppHost wrote no manifest in 3 minutes.");
            }
            var manifest = Path.Combine(output, "manifest.json");
            if (process.ExitCode != 0 || !File.Exists(manifest))
                throw new InvalidOperationException($"The AppHost's manifest publisher failed ({process.ExitCode}): {log.Result}\n{error.Result}");
            using var document = JsonDocument.Parse(File.ReadAllText(manifest));
            Directory.Delete(output, recursive: true);
            return document.RootElement.GetProperty("resources").Clone();
        }
    }
}

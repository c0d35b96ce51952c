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
        var manifest = Path.Combine(output, "manifest.json");
        ExternalCommand.Run("dotnet",
            ["run", "--project", Path.Combine(RepositoryRoot.Path, "AppHost"), "--no-build", "-c", configuration, "--", "--publisher", "manifest", "--output-path", manifest],
            TimeSpan.FromMinutes(3), "dotnet is not on the PATH.");
        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        Directory.Delete(output, recursive: true);
        return document.RootElement.GetProperty("resources").Clone();
    }
}

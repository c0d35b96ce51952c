using System.Diagnostics;

namespace AccountingPlatform.AppHost.Infrastructure;

/// <summary>Asks a container runtime's command line (docker, podman) a question with a time limit.</summary>
internal static class ContainerRuntime
{
    public sealed record Answer(bool Succeeded, string Message);

    /// <summary>Null when the image is present or was pulled now, else why not.</summary>
    public static string? Provide(string runtime, string image)
    {
        if (Run(runtime, ["image", "inspect", "--format", "{{.Id}}", image], TimeSpan.FromSeconds(10)).Succeeded) return null;
        var pulled = Run(runtime, ["pull", image], TimeSpan.FromMinutes(5));
        return pulled.Succeeded ? null : $"not present, pull failed: {pulled.Message}";
    }

    public static Answer Run(string runtime, string[] arguments, TimeSpan timeout)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return new(false, $"no answer in {timeout.TotalSeconds:0} s");
            }
            if (process.ExitCode == 0) return new(true, output.Result.Trim());
            var firstLine = error.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            return new(false, firstLine ?? $"exit code {process.ExitCode}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return new(false, "not installed");
        }
    }
}

using System.ComponentModel;
using System.Diagnostics;

namespace AccountingPlatform.ManifestTests.Support;

/// <summary>A command the tests run (kubectl, the AppHost): its standard output, or a failure saying what went wrong.</summary>
public static class ExternalCommand
{
    public static string Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout, string missing)
    {
        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo(fileName, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        }
        catch (Win32Exception)
        {
            throw new InvalidOperationException(missing);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} gave no answer in {timeout}.");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output.Result}\n{error.Result}");
            return output.Result;
        }
    }
}

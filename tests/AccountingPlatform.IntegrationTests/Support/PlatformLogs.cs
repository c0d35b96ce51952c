namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>The console logs of the platform's processes during this run (<see cref="PlatformEnvironment.LogDirectory"/>), read while still being written.</summary>
public static class PlatformLogs
{
    public static string PathOf(string resource) => Path.Combine(PlatformEnvironment.LogDirectory, resource + ".log");

    public static async Task<string> ReadAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}

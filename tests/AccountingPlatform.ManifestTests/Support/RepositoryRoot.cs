namespace AccountingPlatform.ManifestTests.Support;

/// <summary>The repository's root: the nearest folder above the test's binaries that holds AccountingPlatform.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "AccountingPlatform.sln"))) return directory.FullName;
        throw new InvalidOperationException($"No AccountingPlatform.sln above {AppContext.BaseDirectory}.");
    }
}

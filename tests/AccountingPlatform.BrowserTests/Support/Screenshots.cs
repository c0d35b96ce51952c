namespace AccountingPlatform.BrowserTests.Support;

/// <summary>
/// Whole-page screenshots, kept as the run's evidence: <c>&lt;PLATFORM_TEST_RUN_DIR&gt;/../screenshots/&lt;name&gt;.png</c>
/// (deploy/local/test.sh: .local/test-results/screenshots/), else a temporary folder.
/// </summary>
public static class Screenshots
{
    public static string Directory { get; } = System.IO.Directory.CreateDirectory(
        BrowserPlatform.TestRunDirectory is { } run
            ? Path.Combine(Path.GetDirectoryName(run)!, "screenshots")
            : Path.Combine(Path.GetTempPath(), "accounting-platform-screenshots")).FullName;

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(Directory, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}

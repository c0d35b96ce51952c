namespace AccountingPlatform.BrowserTests.Support;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium), started once for the run by Playwright's bundled driver, headless, with the
/// flags that keep it off the network it cannot reach. Each test gets a fresh context (cookies of its own) at phone
/// or PC size, Chinese locale, with the gateway as its base address; with script, or without to see what a browser
/// without it gets.
/// </summary>
public static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };
    public static readonly ViewportSize Pc = new() { Width = 1366, Height = 768 };

    private static readonly Lazy<Task<IBrowser>> Started = new(StartAsync);

    public static async Task<IPage> NewPageAsync(ViewportSize viewport, bool javaScript = true)
    {
        var browser = await Started.Value;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport,
            Locale = "zh-CN",
            BaseURL = PlatformEnvironment.GatewayUrl.ToString(),
            IsMobile = viewport.Width < 600,
            HasTouch = viewport.Width < 600,
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(45_000);
        return await context.NewPageAsync();
    }

    private static async Task<IBrowser> StartAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: apt-get install chromium fonts-wqy-microhei (deploy/local/test.sh does)");
        _ = PlatformHost.Instance;   // the platform first: its start-up is not the browser's
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().Wait(TimeSpan.FromSeconds(10));
            playwright.Dispose();
        };
        return browser;
    }
}

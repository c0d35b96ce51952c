namespace AccountingPlatform.BrowserTests.Support;

/// <summary>Checks of what a person reads, waiting for the page as Playwright does.</summary>
public static class Expect
{
    /// <summary>The page's one main heading says <paramref name="text"/>.</summary>
    public static async Task HeadingAsync(IPage page, string text)
    {
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await heading.GetByText(text).WaitForAsync();
        Assert.Equal(1, await heading.CountAsync());
    }
}

using AccountingPlatform.BrowserTests.Support;

namespace AccountingPlatform.BrowserTests.Account;

/// <summary>
/// The portal without a mouse: a page opens with the focus on its heading (Blazor's FocusOnNavigate), the form's
/// fields follow in reading order and Enter sends the form; the skip link, first in the page, leads to its main part.
/// </summary>
public sealed class KeyboardTests : IDisposable
{
    private readonly EmulatorClient _emulator = new();

    [Fact]
    public async Task A_person_logs_in_with_the_keyboard_alone()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator, "吴键盘");
        var visitor = await PortalVisitor.OpenAsync(Browser.Pc, "/login");
        var page = visitor.Page;

        await page.Locator("a.skip-link").FocusAsync();
        Assert.True(await page.Locator("a.skip-link").IsVisibleAsync(), "the skip link shows when it has the focus");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'main'");
        Assert.EndsWith("/login#main", page.Url);   // this page's main part, not the home page's

        await TabToAsync(page, "account");
        await page.Keyboard.TypeAsync(candidate.Phone);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("password", await FocusedIdAsync(page));
        await page.Keyboard.TypeAsync(candidate.Password);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("captchaCode", await FocusedIdAsync(page));
        await page.Keyboard.TypeAsync(await visitor.CaptchaAnswerAsync());
        await page.Keyboard.PressAsync("Enter");   // the form's default button is 登录, not 换一张
        await page.GetByText("退出登录").WaitForAsync();
    }

    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.id");

    private static async Task TabToAsync(IPage page, string id)
    {
        for (var i = 0; i < 20 && await FocusedIdAsync(page) != id; i++) await page.Keyboard.PressAsync("Tab");
        Assert.Equal(id, await FocusedIdAsync(page));
    }

    public void Dispose() => _emulator.Dispose();
}

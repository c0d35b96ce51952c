using System.Net;
using System.Text.RegularExpressions;
using AccountingPlatform.BrowserTests.Support;

namespace AccountingPlatform.BrowserTests.Account;

/// <summary>The portal's session: its cookie names a session whose tokens stay on the server; ending it anywhere ends it everywhere at once.</summary>
public sealed partial class SessionTests : IDisposable
{
    private readonly EmulatorClient _emulator = new();

    [Fact]
    public async Task A_password_changed_on_another_device_ends_the_portal_session_on_the_next_page()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator, "周八");
        var visitor = await PortalVisitor.OpenAsync(Browser.Pc, "/login");
        await visitor.LogInAsync(candidate.Phone, candidate.Password);
        await visitor.GoToAsync("/account");
        await Expect.HeadingAsync(visitor.Page, "我的账号");
        Assert.Contains("周八", await visitor.Page.Locator("dl.facts").InnerTextAsync());
        Assert.DoesNotContain(await visitor.Page.Context.CookiesAsync(), c => c.Value.StartsWith("eyJ", StringComparison.Ordinal));   // no token in a cookie
        await Accessibility.AssertNoSeriousViolationsAsync(visitor.Page);

        const string newPassword = "Kuaiji@2025new";
        var changed = await candidate.Client.PutAsync("/api/identity/users/me/password",
            new { currentPassword = candidate.Password, newPassword, confirmPassword = newPassword });
        Assert.Equal(HttpStatusCode.NoContent, changed.Status);

        await visitor.Page.ReloadAsync();
        await visitor.Page.WaitForURLAsync(EndedUrl());
        Assert.Contains("登录已失效", await visitor.Page.GetByRole(AriaRole.Status).InnerTextAsync());
        await visitor.LogInAsync(candidate.Phone, newPassword);
    }

    [Fact]
    public async Task Logging_out_ends_the_session_for_every_copy_of_the_cookie_at_once()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator);
        var visitor = await PortalVisitor.OpenAsync(Browser.Phone, "/login");
        await visitor.LogInAsync(candidate.Phone, candidate.Password);

        // The same cookie in another browser (as a second portal instance would see it) serves the same person...
        var copy = await Browser.NewPageAsync(Browser.Pc);
        await copy.Context.AddCookiesAsync((await visitor.Page.Context.CookiesAsync()).Select(c => new Microsoft.Playwright.Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        await copy.GotoAsync("/account");
        await Expect.HeadingAsync(copy, "我的账号");
        Assert.True((await visitor.Page.Context.CookiesAsync()).Single(c => c.Name == "portal_session").HttpOnly);

        // ...until the person logs out: then neither is signed in.
        await visitor.SubmitAsync("退出登录");
        await visitor.Page.GetByRole(AriaRole.Status).GetByText("您已安全退出").WaitForAsync();
        await copy.GotoAsync("/account");
        await copy.WaitForURLAsync(LoginUrl());
        Assert.Equal(0, await copy.GetByText("退出登录").CountAsync());
    }

    public void Dispose() => _emulator.Dispose();

    [GeneratedRegex("/login\\?ended=true")]
    private static partial Regex EndedUrl();

    [GeneratedRegex("/login\\?returnUrl=")]
    private static partial Regex LoginUrl();
}

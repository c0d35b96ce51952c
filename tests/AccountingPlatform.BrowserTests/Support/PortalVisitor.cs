using System.Text.RegularExpressions;

namespace AccountingPlatform.BrowserTests.Support;

/// <summary>
/// A person at the portal in the browser, doing what they would do: typing into labelled fields, reading the captcha
/// (a test looks its answer up where Identity keeps it, Redis) and their SMS (the channel emulator), clicking buttons
/// by their text.
/// </summary>
public sealed partial class PortalVisitor(IPage page)
{
    public IPage Page { get; } = page;

    public static async Task<PortalVisitor> OpenAsync(ViewportSize viewport, string path = "/", bool javaScript = true)
    {
        var visitor = new PortalVisitor(await Browser.NewPageAsync(viewport, javaScript));
        await visitor.GoToAsync(path);
        return visitor;
    }

    public async Task GoToAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response?.Ok, $"GET {path}: {response?.Status}");
    }

    /// <summary>The answer to the captcha now on the page.</summary>
    public async Task<string> CaptchaAnswerAsync()
    {
        var id = await Page.Locator("input[name='Form.CaptchaId']").InputValueAsync();
        var answer = await Captchas.Redis.Value.GetDatabase().StringGetAsync($"identity:captcha:{Guid.Parse(id):N}");
        Assert.False(answer.IsNullOrEmpty, "the captcha on the page is known to Identity");
        return answer!;
    }

    public async Task FillCaptchaAsync() => await Page.GetByLabel("图形验证码", new() { Exact = true }).FillAsync(await CaptchaAnswerAsync());

    public Task ClickAsync(string buttonText) => Page.GetByRole(AriaRole.Button, new() { Name = buttonText, Exact = true }).ClickAsync();

    /// <summary>
    /// Clicks a submit button and waits for the platform's answer to be on the page: a marker put into the page first
    /// is gone once the enhanced form's answer has replaced the page's content (or a new page has loaded).
    /// </summary>
    public async Task SubmitAsync(string buttonText)
    {
        await Page.EvaluateAsync("() => { const m = document.createElement('i'); m.id = 'answer-pending'; m.hidden = true; document.querySelector('main').appendChild(m); }");
        await ClickAsync(buttonText);
        await Page.Locator("#answer-pending").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    /// <summary>Registration through the form, with the SMS code the emulator received.</summary>
    public async Task RegisterAsync(EmulatorClient emulator, string idNumber, string name, string phone, string password)
    {
        await GoToAsync("/register");
        await Page.GetByLabel("证件类型").SelectOptionAsync("ResidentIdCard");
        await Page.GetByLabel("证件号码", new() { Exact = true }).FillAsync(idNumber);
        await Page.GetByLabel("姓名").FillAsync(name);
        await Page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await Page.GetByLabel("确认密码").FillAsync(password);
        await Page.GetByLabel("手机号码").FillAsync(phone);
        await FillCaptchaAsync();
        var asked = PlatformEnvironment.Now.AddSeconds(-2);
        await SubmitAsync("获取短信验证码");
        await Page.GetByRole(AriaRole.Status).GetByText("短信验证码已发送").WaitForAsync();
        await Page.GetByLabel("短信验证码").FillAsync(await emulator.LatestSmsCodeAsync(phone, asked));
        await SubmitAsync("注册");
        await Page.WaitForURLAsync(RegisteredUrl());
    }

    /// <summary>Logs in with the phone (or certificate number) and password; waits until the greeting shows.</summary>
    public async Task LogInAsync(string account, string password)
    {
        if (!Page.Url.Contains("/login", StringComparison.Ordinal)) await GoToAsync("/login");
        await FillLoginAsync(account, password);
        await SubmitAsync("登录");
        await Page.GetByText("退出登录").WaitForAsync();
    }

    /// <summary>A reviewer or administrator logs in at the staff console's own entry; waits until the console greets them.</summary>
    public async Task StaffLogInAsync(string phone, string password)
    {
        if (!Page.Url.Contains("/staff/login", StringComparison.Ordinal)) await GoToAsync("/staff/login");
        await FillLoginAsync(phone, password);
        await SubmitAsync("登录");
        await Page.GetByText("退出登录").WaitForAsync();
    }

    public async Task FillLoginAsync(string account, string password)
    {
        await Page.GetByLabel("账号").FillAsync(account);
        await Page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await FillCaptchaAsync();
    }

    /// <summary>The error shown beside a field (its id + "-error"), once it is there.</summary>
    public async Task<string> FieldErrorAsync(string fieldId)
    {
        var error = Page.Locator($"#{fieldId}-error");
        await error.WaitForAsync();
        return (await error.InnerTextAsync()).Trim();
    }

    [GeneratedRegex("/login\\?registered=true")]
    private static partial Regex RegisteredUrl();
}

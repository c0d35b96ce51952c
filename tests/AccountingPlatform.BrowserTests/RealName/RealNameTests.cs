using System.Net;
using System.Text.RegularExpressions;
using AccountingPlatform.BrowserTests.Support;
using AccountingPlatform.Images;

namespace AccountingPlatform.BrowserTests.RealName;

/// <summary>实名认证 (Alipay and 线上实名认证) and 找回密码 in the browser, through the gateway: what a person reads.</summary>
public sealed partial class RealNameTests : IDisposable
{
    private readonly EmulatorClient _emulator = new();

    [Fact]
    public async Task A_candidate_verifies_by_Alipay_on_a_phone_and_reads_that_the_real_name_is_verified()
    {
        using var candidate = await RegisteredCandidateAsync("钱七");
        var visitor = await LoggedInAsync(candidate, Browser.Phone, "/realname");

        await Expect.HeadingAsync(visitor.Page, "实名认证");
        Assert.Contains("未实名认证", await visitor.Page.Locator("dl.facts").InnerTextAsync());
        Assert.True(await visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "方式一：支付宝实名认证" }).IsVisibleAsync());
        Assert.True(await visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "方式二：线上实名认证" }).IsVisibleAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(visitor.Page);
        await Screenshots.SaveAsync(visitor.Page, "realname-phone");

        await visitor.ClickAsync("点击开始进行实名认证（支付宝）");
        await visitor.Page.WaitForURLAsync(AlipayResultUrl());
        await Expect.HeadingAsync(visitor.Page, "支付宝实名认证");
        Assert.Contains("等待认证结果", await visitor.Page.Locator("dl.facts").InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(visitor.Page);
        await Screenshots.SaveAsync(visitor.Page, "realname-alipay-waiting-phone");

        // The person finishes the certification at (the emulated) Alipay, then comes back and asks for the result.
        var certifyUrl = await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "前往支付宝完成认证" }).GetAttributeAsync("href");
        await _emulator.CompleteCertificationAsync(certifyUrl!, "Pass");
        await visitor.ClickAsync("刷新结果");
        await visitor.Page.GetByRole(AriaRole.Status).GetByText("支付宝实名认证通过").WaitForAsync();
        Assert.Contains("已实名认证", await visitor.Page.Locator("dl.facts").InnerTextAsync());
        Assert.True(await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "会计人员信息采集" }).First.IsVisibleAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(visitor.Page);

        await visitor.GoToAsync("/realname");
        Assert.Contains("已实名认证", await visitor.Page.Locator("dl.facts").InnerTextAsync());
        Assert.Equal(0, await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "点击开始进行实名认证（支付宝）" }).CountAsync());
    }

    [Fact]
    public async Task An_online_application_whose_photo_is_not_an_image_shows_the_APIs_message_beside_that_photo()
    {
        using var candidate = await RegisteredCandidateAsync("孙八");
        var visitor = await LoggedInAsync(candidate, Browser.Phone, "/realname/online");
        var page = visitor.Page;

        await Expect.HeadingAsync(page, "线上实名认证");
        Assert.Contains("大于 20KB 且不超过 500KB", await page.Locator("ul.photo-rules").InnerTextAsync());   // the rules before any upload
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Two good photos and one that only pretends to be a JPG, one at a time; each good one is shown back small.
        await UploadAsync(page, "otherSide", "证件非人像面", "back.png", "image/png", NoisePng(400, 300));
        await UploadAsync(page, "handheld", "手持证件人像面", "handheld.png", "image/png", NoisePng(360, 360));
        await UploadAsync(page, "portraitSide", "证件人像面", "front.jpg", "image/jpeg", "这不是一张图片。"u8.ToArray().SelectMany(b => Enumerable.Repeat(b, 1_500)).ToArray());
        Assert.Equal(1, await page.GetByRole(AriaRole.Img, new() { Name = "已上传的证件非人像面照片" }).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Img, new() { Name = "已上传的手持证件人像面照片" }).CountAsync());

        // The county, level by level, from the division tree.
        await page.Locator("#provinceCode").SelectOptionAsync("110000");
        await visitor.ClickAsync("下一步：选择城市");
        await page.Locator("#cityCode").SelectOptionAsync("110100");
        await visitor.ClickAsync("下一步：选择旗县区");
        await page.Locator("#countyCode").SelectOptionAsync("110105");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "realname-online-phone");

        await visitor.ClickAsync("提交审核");
        var error = await visitor.FieldErrorAsync("portraitSide");
        Assert.Contains("证件人像面照片", error);
        Assert.Matches("JPG|PNG|图片", error);
        Assert.Equal("true", await page.Locator("#portraitSide-file").GetAttributeAsync("aria-invalid"));
        Assert.Equal("110105", await page.Locator("#countyCode").InputValueAsync());   // the choice is kept
        Assert.Equal(0, await page.Locator("#otherSide-error").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "realname-online-refused-phone");

        var mine = await candidate.Client.GetAsync("/api/realname/me/online-applications");
        Assert.Equal(0, mine.Json.GetArrayLength());   // nothing was submitted
    }

    [Fact]
    public async Task A_person_who_forgot_the_password_sets_a_new_one_by_SMS_and_logs_in_with_it()
    {
        using var candidate = await RegisteredCandidateAsync("周九");
        await Candidate.LetAMinutePassForSmsAsync(candidate.Phone);
        var visitor = await PortalVisitor.OpenAsync(Browser.Pc, "/login");
        await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "忘记密码？" }).ClickAsync();
        await Expect.HeadingAsync(visitor.Page, "找回密码");
        await Accessibility.AssertNoSeriousViolationsAsync(visitor.Page);

        const string newPassword = "Xinmima@2025ok";
        var page = visitor.Page;
        await page.Locator("#certificateNumber").FillAsync(candidate.IdNumber);
        await page.Locator("#phone").FillAsync(candidate.Phone);
        await page.Locator("#captchaCode").FillAsync(await visitor.CaptchaAnswerAsync());
        var asked = PlatformEnvironment.Now.AddSeconds(-2);
        await visitor.ClickAsync("获取短信验证码");
        await page.GetByRole(AriaRole.Status).GetByText("短信验证码已发送").WaitForAsync();
        await page.Locator("#smsCode").FillAsync(await _emulator.LatestSmsCodeAsync(candidate.Phone, asked));
        await page.Locator("#newPassword").FillAsync(newPassword);
        await page.Locator("#confirmPassword").FillAsync(newPassword);
        await Screenshots.SaveAsync(page, "forgot-password-pc");
        await visitor.ClickAsync("重新设置密码");

        await page.GetByRole(AriaRole.Status).GetByText("密码已重新设置").WaitForAsync();
        Assert.Matches(ResetUrl(), page.Url);
        await LogInAsync(visitor, candidate.Phone, newPassword);
        Assert.Contains("您好，周九", await page.Locator(".greeting").InnerTextAsync());
    }

    /// <summary>Registered through the API, once RealName has learnt of the registration.</summary>
    private async Task<Candidate> RegisteredCandidateAsync(string name)
    {
        var candidate = await Candidate.RegisterAsync(_emulator, name);
        await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/realname/me/status"), r => r.Status == HttpStatusCode.OK, "RealName learns of the registration");
        return candidate;
    }

    private static async Task<PortalVisitor> LoggedInAsync(Candidate candidate, ViewportSize viewport, string path)
    {
        var visitor = await PortalVisitor.OpenAsync(viewport, $"/login?returnUrl={Uri.EscapeDataString(path)}");
        await LogInAsync(visitor, candidate.Phone, candidate.Password);
        await visitor.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);
        return visitor;
    }

    /// <summary>Logs in by the fields' ids (their labels read "账号（必填）", so an exact label match would not find them).</summary>
    private static async Task LogInAsync(PortalVisitor visitor, string account, string password)
    {
        if (!visitor.Page.Url.Contains("/login", StringComparison.Ordinal)) await visitor.GoToAsync("/login");
        await visitor.Page.Locator("#account").FillAsync(account);
        await visitor.Page.Locator("#password").FillAsync(password);
        await visitor.Page.Locator("#captchaCode").FillAsync(await visitor.CaptchaAnswerAsync());
        await visitor.ClickAsync("登录");
        await visitor.Page.GetByText("退出登录").WaitForAsync();
    }

    private static async Task UploadAsync(IPage page, string field, string label, string fileName, string mimeType, byte[] bytes)
    {
        await page.Locator($"#{field}-file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = bytes });
        await page.GetByRole(AriaRole.Button, new() { Name = $"上传{label}", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"重新上传{label}", Exact = true }).WaitForAsync();
    }

    private static byte[] NoisePng(int width, int height)
    {
        var pixels = new byte[width * height * 3];
        Random.Shared.NextBytes(pixels);
        return PngEncoder.Encode(width, height, pixels);
    }

    [GeneratedRegex("/realname/alipay/[0-9a-f-]{36}$")]
    private static partial Regex AlipayResultUrl();

    [GeneratedRegex("/login\\?reset=true")]
    private static partial Regex ResetUrl();

    public void Dispose() => _emulator.Dispose();
}

using System.Net;
using AccountingPlatform.BrowserTests.Support;

namespace AccountingPlatform.BrowserTests.Account;

/// <summary>注册 and 登录 in the browser, through the gateway: what a person reads on a phone and on a PC.</summary>
public sealed class RegistrationAndLoginTests : IDisposable
{
    private readonly EmulatorClient _emulator = new();

    [Fact]
    public async Task A_new_person_registers_on_a_phone_then_logs_in_and_is_greeted_by_name()
    {
        var visitor = await PortalVisitor.OpenAsync(Browser.Phone);
        await Expect.HeadingAsync(visitor.Page, "全国会计人员统一服务管理平台");
        Assert.True(await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "进入信息采集" }).IsVisibleAsync());
        Assert.True(await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "进入考试报名" }).IsVisibleAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(visitor.Page);
        await Screenshots.SaveAsync(visitor.Page, "home-phone");

        var phone = TestIdentities.Phone();
        await visitor.GoToAsync("/register");
        await Accessibility.AssertNoSeriousViolationsAsync(visitor.Page);
        await Screenshots.SaveAsync(visitor.Page, "register-phone");
        await visitor.RegisterAsync(_emulator, TestIdentities.ResidentIdNumber(), "王小明", phone, Candidate.DefaultPassword);

        Assert.Contains("注册成功，请登录", await visitor.Page.GetByRole(AriaRole.Status).InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(visitor.Page);
        await Screenshots.SaveAsync(visitor.Page, "login-phone");
        await visitor.LogInAsync(phone, Candidate.DefaultPassword);
        Assert.Contains("您好，王小明", await visitor.Page.Locator(".greeting").InnerTextAsync());
    }

    [Fact]
    public async Task Registration_refusals_are_shown_beside_their_fields_and_keep_what_was_typed()
    {
        var visitor = await PortalVisitor.OpenAsync(Browser.Pc, "/register");
        await visitor.Page.GetByLabel("证件号码", new() { Exact = true }).FillAsync("110105194912310022");   // a wrong check digit
        await visitor.Page.GetByLabel("姓名").FillAsync("李四");
        await visitor.Page.GetByLabel("密码", new() { Exact = true }).FillAsync("short");
        await visitor.Page.GetByLabel("确认密码").FillAsync("other");
        await visitor.Page.GetByLabel("手机号码").FillAsync("12345");
        await visitor.SubmitAsync("注册");

        Assert.Equal("✕ 居民身份证号码不正确", await visitor.FieldErrorAsync("certificateNumber"));
        Assert.Equal("✕ 两次输入的密码不一致", await visitor.FieldErrorAsync("confirmPassword"));
        Assert.Contains("手机号码", await visitor.FieldErrorAsync("phone"));
        Assert.Equal("true", await visitor.Page.GetByLabel("证件号码", new() { Exact = true }).GetAttributeAsync("aria-invalid"));
        Assert.Equal("李四", await visitor.Page.GetByLabel("姓名").InputValueAsync());   // nothing typed is lost
        await Accessibility.AssertNoSeriousViolationsAsync(visitor.Page);
        await Screenshots.SaveAsync(visitor.Page, "register-errors-pc");
    }

    [Fact]
    public async Task Wrong_captcha_wrong_password_and_lockout_are_said_plainly_and_the_owner_is_offered_the_SMS_step()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator, "赵六");
        var visitor = await PortalVisitor.OpenAsync(Browser.Phone, "/login");

        await visitor.Page.GetByLabel("账号").FillAsync(candidate.Phone);
        await visitor.Page.GetByLabel("密码", new() { Exact = true }).FillAsync(candidate.Password);
        await visitor.Page.GetByLabel("图形验证码", new() { Exact = true }).FillAsync("0000");
        await visitor.SubmitAsync("登录");
        Assert.Contains("图形验证码错误", await visitor.FieldErrorAsync("captchaCode"));

        for (var i = 1; i <= 4; i++)
        {
            await visitor.FillLoginAsync(candidate.Phone, "Wrong@2024pw");
            await visitor.SubmitAsync("登录");
            Assert.Contains("账号或密码错误", await visitor.FieldErrorAsync("password"));
        }
        await visitor.FillLoginAsync(candidate.Phone, "Wrong@2024pw");
        await visitor.SubmitAsync("登录");
        var alert = visitor.Page.GetByRole(AriaRole.Alert);
        await alert.GetByText("该账号已暂停在当前网络登录", new() { Exact = false }).WaitForAsync();
        Assert.True(await visitor.Page.GetByRole(AriaRole.Group, new() { Name = "短信验证" }).IsVisibleAsync(), "the SMS step for the owner");
        Assert.Equal(candidate.Phone, await visitor.Page.GetByLabel("绑定的手机号码").InputValueAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(visitor.Page);
        await Screenshots.SaveAsync(visitor.Page, "login-locked-phone");

        // The owner gets in from here with the right password and a Login code to their own phone (a minute after the last code).
        await Candidate.LetAMinutePassForSmsAsync(candidate.Phone);
        await visitor.FillCaptchaAsync();
        var asked = PlatformEnvironment.Now.AddSeconds(-2);
        await visitor.SubmitAsync("获取短信验证码");
        await visitor.Page.GetByRole(AriaRole.Status).GetByText("短信验证码已发送").WaitForAsync();
        await visitor.FillLoginAsync(candidate.Phone, candidate.Password);
        await visitor.Page.GetByLabel("短信验证码").FillAsync(await _emulator.LatestSmsCodeAsync(candidate.Phone, asked));
        await visitor.SubmitAsync("登录");
        await visitor.Page.GetByText("退出登录").WaitForAsync();
    }

    [Fact]
    public async Task The_lockout_counts_the_persons_own_address_through_the_portal_never_the_portals()
    {
        using var candidate = await Candidate.RegisterAsync(_emulator);
        var wrong = new Dictionary<string, string> { ["Form.Action"] = "login", ["Form.Account"] = candidate.Phone, ["Form.Password"] = "Wrong@2024pw" };

        // A guesser's device, through the portal's form: five wrong passwords lock the account from that address.
        using var guesser = new PortalFormClient();
        for (var i = 0; i < 5; i++) await guesser.SubmitAsync("/login", "login", wrong);
        Assert.Contains("该账号已暂停在当前网络登录", await guesser.SubmitAsync("/login", "login", wrong));

        // Another person's device, through the same portal: not lumped together with the guesser.
        using var neighbour = new PortalFormClient();
        var answer = await neighbour.SubmitAsync("/login", "login", wrong);
        Assert.Contains("账号或密码错误", answer);
        Assert.DoesNotContain("暂停", answer);

        // One count per address, whichever way the person comes: the guesser's device is locked out of the API too.
        using var sameDevice = new PlatformClient(guesser.Address);
        var direct = await Candidate.TryLogInAsync(sameDevice, candidate.Phone, candidate.Password);
        Assert.Equal(HttpStatusCode.Locked, direct.Status);
    }

    public void Dispose() => _emulator.Dispose();
}

using System.Diagnostics;
using System.Text.RegularExpressions;
using AccountingPlatform.TestSupport;

namespace AccountingPlatform.Benchmarks.Journey;

/// <summary>
/// The candidate's whole journey through the portal's pages, as a person does it in a browser without script (what the
/// browser tests do with a mouse): register (captcha, SMS code), log in, real name at Alipay, every step of the
/// personnel record, enrollment once the province's review has approved it, the pre-pay contact, the Alipay QR code
/// paid, 报名成功. What happens outside the platform is read as <see cref="CandidateSteps"/> reads it (the captcha's
/// answer, the SMS, Alipay's face scan and payment: the <see cref="Emulator"/>); the entries are the rush's.
/// </summary>
public static partial class PortalCandidateSteps
{
    public static readonly TimeSpan WaitEvery = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan WaitAtMost = TimeSpan.FromSeconds(60);

    /// <summary>A name of its own (the reviewer finds the person's record in the queue by it).</summary>
    public static string NameOf(Person person) => "门户考生" + person.Phone;

    public static async Task RegisterAndLogInAsync(PortalBrowser browser, Person person, Emulator emulator)
    {
        await browser.GetAsync("register", "/register");
        var typed = Typed(("Form.CertificateType", "ResidentIdCard"), ("Form.CertificateNumber", person.IdNumber), ("Form.Name", NameOf(person)),
            ("Form.Password", CandidateSteps.Password), ("Form.ConfirmPassword", CandidateSteps.Password), ("Form.Phone", person.Phone));
        await SubmitAsync(browser, emulator, "register: sms code", "register", typed, "Form.Action=sms", () => browser.Shows("短信验证码已发送"));
        typed["Form.SmsCode"] = [await emulator.SmsCodeAsync(person.Phone)];
        await SubmitAsync(browser, emulator, "register", "register", typed, "Form.Action=register", () => browser.Url.PathAndQuery == "/login?registered=true");
        await SubmitAsync(browser, emulator, "login", "login", Typed(("Form.Account", person.Phone), ("Form.Password", CandidateSteps.Password)),
            "Form.Action=login", () => browser.Shows("退出登录"));
    }

    /// <summary>实名认证: started on the page, the face scanned at Alipay (the emulator), the result read on the page.</summary>
    public static async Task VerifyRealNameAsync(PortalBrowser browser, Emulator emulator)
    {
        await UntilAsync(browser, "realname (until it knows of the registration)", () => browser.GetAsync("realname", "/realname", waiting: true), () => browser.Has("start-alipay"));
        await SubmitAsync(browser, emulator, "realname start", "start-alipay", Typed(), "Form.Action=alipay", () => browser.Url.AbsolutePath.StartsWith("/realname/alipay/", StringComparison.Ordinal));
        var certifyUrl = CertifyLink().Match(System.Net.WebUtility.HtmlDecode(browser.Html)) is { Success: true } link ? link.Groups[1].Value
            : throw new StepFailed("page: realname start", $"no link to Alipay: {PortalBrowser.Excerpt(browser.Html)}");
        await emulator.CompleteCertificationAsync(certifyUrl);
        var result = browser.Url.PathAndQuery;
        await UntilAsync(browser, "realname result", () => browser.GetAsync("realname result", result, waiting: true), () => browser.Shows("支付宝实名认证通过"));
    }

    /// <summary>会计人员信息采集, step by step, submitted to a Beijing department (朝阳区).</summary>
    public static async Task SubmitRecordAsync(PortalBrowser browser, Emulator emulator)
    {
        await browser.GetAsync("record", "/record");
        await browser.GetAsync("record scope", "/record/scope");
        // PersonnelRecord may not know of the real name yet: the page says so; the person tries again a moment later.
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > 0)
            {
                if (attempt * WaitEvery > WaitAtMost) throw new StepFailed("page: record scope", $"refused until the end: {PortalBrowser.Excerpt(browser.Html)}");
                await Task.Delay(WaitEvery);
                await browser.GetAsync("record scope", "/record/scope", waiting: true);
            }
            await browser.SubmitAsync("record scope", "record-scope", Typed(("Form.CollectionScope", "AccountingPersonnel")), "Form.Action=save", waiting: attempt > 0);
            if (browser.Url.AbsolutePath == "/record/basic") break;
        }
        foreach (var (kind, file) in new[]
                 {
                     ("StandardPhoto", ("File", "photo.jpg", "image/jpeg", TestImages.Jpeg(295, 413, entropyBytes: 12_000))),
                     ("CertificateFront", ("File", "front.png", "image/png", TestImages.NoisePng(300, 200))),
                     ("CertificateBack", ("File", "back.png", "image/png", TestImages.NoisePng(300, 200))),
                 })
        {
            await SubmitAsync(browser, emulator, "record upload", $"upload-{kind}", Typed(), null, () => browser.Shows("已上传（"), [file]);
        }
        await browser.GetAsync("record educations", "/record/educations");
        await browser.GetAsync("record education new", "/record/educations/new");
        await SubmitAsync(browser, emulator, "record education", "record-education", Typed(("Form.TrainingMode", "FullTime"), ("Form.School", "中央财经大学"),
            ("Form.Level", "Bachelor"), ("Form.Degree", "Bachelor"), ("Form.Major", "会计学"), ("Form.StartDate", "2010-09-01"), ("Form.GraduationDate", "2014-07-01"),
            ("Form.DiplomaNumber", "100341201405000123"), ("Form.DegreeNumber", "1003442014000123")), "Form.Action=save", () => browser.Shows("教育经历已保存"));
        await browser.GetAsync("record work experiences", "/record/work-experiences");
        await browser.GetAsync("record work new", "/record/work-experiences/new");
        await SubmitAsync(browser, emulator, "record work", "record-work", Typed(("Form.StartDate", "2014-08-01"), ("Form.UntilNow", "true"),
                ("Form.Employer", "北京某某会计师事务所"), ("Form.CreditCode", CandidateSteps.BeijingEmployerCreditCode), ("Form.EmployerType", "Enterprise"),
                ("Form.Industry", "商务服务业"), ("Form.Address", "北京市朝阳区建国路1号"), ("Form.Phone", "010-12345678"), ("Form.HasAccountingWork", "true"),
                ("Form.AccountingWorks[0].StartDate", "2015-01-01"), ("Form.AccountingWorks[0].EndDate", ""), ("Form.AccountingWorks[0].Position", "会计")),
            "Form.Action=save", () => browser.Shows("工作经历已保存"), [("Proof", "proof.png", "image/png", TestImages.NoisePng(300, 200))]);
        await browser.GetAsync("record department", "/record/department");
        await SubmitAsync(browser, emulator, "record department", "record-department", Typed(("Form.Province", "110000")), "Form.Action=load", () => browser.Shows("市（地区、州）"));
        await SubmitAsync(browser, emulator, "record department", "record-department", Typed(("Form.City", "110100")), "Form.Action=load", () => browser.Shows("区县（旗）"));
        await SubmitAsync(browser, emulator, "record department", "record-department", Typed(("Form.County", CandidateSteps.RecordDepartment)), "Form.Action=save",
            () => browser.Url.AbsolutePath == "/record/submit");
        await SubmitAsync(browser, emulator, "record submit", "record-submit", Typed(("Form.Commitment", "true")), "Form.Action=submit", () => browser.Shows("已提交，等待审核"));
    }

    /// <summary>
    /// 考试报名 in Beijing (linked to the personnel registry: the approved record stands for the form): the exam list, the
    /// province, 必读事项 and the commitment, then, once Enrollment knows the record is approved, the subjects and the
    /// contact; the enrollment's id (the payment page's address).
    /// </summary>
    public static async Task<string> EnrollAsync(PortalBrowser browser, Person person, Emulator emulator, string exam)
    {
        await browser.GetAsync("exams", "/exam");
        await browser.GetAsync("exam", $"/exam/{exam}");
        await browser.SubmitGetAsync("exam notice", $"exam/{exam}", Typed(("province", CandidateSteps.LinkedProvince)));
        var reading = Typed(("Form.AcceptedCommitment", "true"), ("Form.AcceptedLegalNotice", "true"));
        await SubmitAsync(browser, emulator, "exam form", "enroll", reading, "Form.Action=next", () => browser.Shows("考生类型") || browser.Shows("暂不能在") || browser.Shows("尚未完成实名认证"));
        // Until the review's approval has reached Enrollment, the page says why the person cannot enroll yet; they look again.
        await UntilAsync(browser, "exam form (until the review's approval reaches it)",
            () => browser.SubmitAsync("exam form", "enroll", reading, "Form.Action=next", waiting: true), () => browser.Shows("提交报名并去缴费"), skipFirst: true);
        var form = Typed(("Form.MobilePhone", person.Phone), ("Form.Email", $"c{person.Phone}@example.cn"));
        form["Form.SubjectCodes"] = ["ZJ-SW", "ZJ-JJF"];
        await SubmitAsync(browser, emulator, "enroll", "enroll", form, "Form.Action=enroll", () => browser.Url.AbsolutePath.StartsWith("/pay/", StringComparison.Ordinal));
        return browser.Url.AbsolutePath["/pay/".Length..];
    }

    /// <summary>网上缴费: the contact (phone, captcha, SMS code, e-mail), Alipay, the QR code paid at Alipay, until the page says 报名成功.</summary>
    public static async Task PayAsync(PortalBrowser browser, Emulator emulator)
    {
        var phone = Identities.ContactPhone();
        var contact = Typed(("Form.Phone", phone), ("Form.Email", $"pay{phone}@example.cn"));
        await SubmitAsync(browser, emulator, "pay: sms code", "pay", contact, "Form.Action=sms", () => browser.Shows("短信验证码已发送"));
        contact["Form.SmsCode"] = [await emulator.SmsCodeAsync(phone)];
        await SubmitAsync(browser, emulator, "pay: contact", "pay", contact, "Form.Action=contact", () => browser.Shows("生成缴费二维码"));
        await SubmitAsync(browser, emulator, "pay: qr code", "pay", Typed(("Form.Channel", "Alipay")), "Form.Action=order", () => browser.Shows("data-out-trade-no"));
        var outTradeNo = TradeNumber().Match(browser.Html) is { Success: true } m ? m.Groups[1].Value
            : throw new StepFailed("page: pay: qr code", $"no trade number: {PortalBrowser.Excerpt(browser.Html)}");
        await emulator.PayAlipayAsync(outTradeNo);
        var page = browser.Url.PathAndQuery;
        await UntilAsync(browser, "pay: result", () => browser.GetAsync("pay: result", page, waiting: true), () => browser.Shows("缴费成功，报名成功"));
    }

    /// <summary>
    /// Sends a form and requires what the person needs to see to go on. A busy platform (the page says so and when to try
    /// again) is waited out and the form sent again as it stands, with the same captcha; the captcha's answer is read
    /// for the captcha on the page each time.
    /// </summary>
    private static async Task SubmitAsync(PortalBrowser browser, Emulator emulator, string step, string handler, Dictionary<string, string[]> typed, string? button,
        Func<bool> done, IReadOnlyList<(string, string, string, byte[])>? files = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (HtmlForm.Find(browser.Html, handler)?["Form.CaptchaId"] is { Length: > 0 } captchaId)
                typed["Form.CaptchaCode"] = [await emulator.CaptchaAnswerAsync(Guid.Parse(captchaId))];
            await browser.SubmitAsync(step, handler, typed, button, files);
            if (done()) return;
            if (RetryAfter().Match(browser.Html) is { Success: true } busy && attempt < 30)
            {
                await Task.Delay(TimeSpan.FromSeconds(int.Parse(busy.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }
            throw new StepFailed($"page: {step}", $"{browser.Url.PathAndQuery}: {PortalBrowser.Excerpt(browser.Html)}");
        }
    }

    /// <summary>Looks again (a page view counted as waiting) until <paramref name="done"/>, as a person reloads a page until what they wait for shows.</summary>
    private static async Task UntilAsync(PortalBrowser browser, string step, Func<Task> look, Func<bool> done, bool skipFirst = false)
    {
        var started = Stopwatch.GetTimestamp();
        if (skipFirst && done()) return;
        while (true)
        {
            await look();
            if (done()) return;
            if (Stopwatch.GetElapsedTime(started) > WaitAtMost) throw new StepFailed($"page: {step}", $"not seen in time; {browser.Url.PathAndQuery}: {PortalBrowser.Excerpt(browser.Html)}");
            await Task.Delay(WaitEvery);
        }
    }

    private static Dictionary<string, string[]> Typed(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => new[] { f.Value }, StringComparer.Ordinal);

    [GeneratedRegex("href=\"([^\"]+)\"[^>]*>前往支付宝完成认证")]
    private static partial Regex CertifyLink();

    [GeneratedRegex("data-out-trade-no[^>]*>\\s*([^<\\s]+)")]
    private static partial Regex TradeNumber();

    [GeneratedRegex("data-retry-after=\"([0-9]+)\"")]
    private static partial Regex RetryAfter();
}

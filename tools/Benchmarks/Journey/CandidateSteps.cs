using System.Net;
using System.Net.Http.Headers;
using AccountingPlatform.TestSupport;

namespace AccountingPlatform.Benchmarks.Journey;

/// <summary>
/// The candidate's journey as SPEC describes it, one call at a time through the gateway: register, real name, the
/// personnel record, enrollment, payment. Each call is timed under its step's name; waits for an event are timed as
/// <c>wait: …</c>. The valid entries and form here are the ones the integration tests send too.
/// </summary>
public static class CandidateSteps
{
    public const string Password = "Kuaiji@2024ok";
    public const string RecordDepartment = "110105";   // a Beijing (linked province) department: 朝阳区
    public const string LinkedProvince = "110000";
    public const string OpenProvince = "440000";       // 广东: not linked to the registry; the form is enough

    /// <summary>A form that meets the 中级 rule (本科, 6 years of accounting work).</summary>
    public static readonly object EligibleForm = new
    {
        highestEducation = "Bachelor", school = "广东财经大学", major = "会计学", graduationDate = "2016-07-01", accountingWorkYears = 6,
        employer = "广州某某有限公司", mailingAddress = "广东省广州市天河区某某路1号", postalCode = "510000",
    };

    /// <summary>A complete education entry (本科, 会计学).</summary>
    public static readonly object Education = new
    {
        trainingMode = "FullTime", school = "中央财经大学", level = "Bachelor", degree = "Bachelor", major = "会计学",
        startDate = "2010-09-01", graduationDate = "2014-07-01", diplomaNumber = "100341201405000123", degreeNumber = "1003442014000123", overseas = false,
    };

    /// <summary>The credit code of an employer registered in Beijing (110000), where <see cref="RecordDepartment"/> is.</summary>
    public const string BeijingEmployerCreditCode = "91110000600037341L";

    /// <summary>A current job with accounting work since 2015 and its proof, at an employer registered in Beijing unless another credit code is given.</summary>
    public static object Work(Guid proofFileId, string creditCode = BeijingEmployerCreditCode) => new
    {
        startDate = "2014-08-01", endDate = (string?)null, employer = "北京某某会计师事务所", creditCode,
        employerType = "Enterprise", industry = "商务服务业", address = "北京市朝阳区建国路1号", phone = "010-12345678",
        hasAccountingWork = true, accountingWorks = new[] { new { startDate = "2015-01-01", endDate = (string?)null, position = "会计" } },
        proofFileId,
    };

    public static async Task<(Guid Id, string Code)> CaptchaAsync(Person person, Emulator emulator)
    {
        var captcha = await person.ExpectAsync("captcha", HttpMethod.Post, "/api/identity/captchas", null, HttpStatusCode.Created);
        var id = captcha.Json.GetProperty("captchaId").GetGuid();
        return (id, await emulator.CaptchaAnswerAsync(id));
    }

    public static async Task<string> SmsCodeAsync(Person person, Emulator emulator, string phone, string purpose)
    {
        var (captchaId, captchaCode) = await CaptchaAsync(person, emulator);
        await person.ExpectAsync("sms code", HttpMethod.Post, "/api/identity/sms-codes", new { phone, purpose, captchaId, captchaCode }, HttpStatusCode.Accepted);
        return await emulator.SmsCodeAsync(phone);
    }

    /// <summary>The registration form, with its SMS code already received (so only the registration itself is timed when measured).</summary>
    public static async Task<object> RegistrationAsync(Person person, Emulator emulator) => new
    {
        certificateType = "ResidentIdCard", certificateNumber = person.IdNumber, name = "张三", phone = person.Phone,
        password = Password, confirmPassword = Password, smsCode = await SmsCodeAsync(person, emulator, person.Phone, "Register"),
    };

    public static async Task RegisterAsync(Person person, object registration)
    {
        var registered = await person.ExpectAsync("register", HttpMethod.Post, "/api/identity/users", registration, HttpStatusCode.Created);
        person.UserId = registered.Json.GetProperty("userId").GetGuid();
    }

    public static async Task LogInAsync(Person person, (Guid Id, string Code) captcha)
    {
        var login = await person.ExpectAsync("login", HttpMethod.Post, "/api/identity/tokens",
            new { account = person.Phone, password = Password, captchaId = captcha.Id, captchaCode = captcha.Code }, HttpStatusCode.OK);
        person.AccessToken = login.Json.GetProperty("accessToken").GetString();
    }

    public static async Task RegisterAndLogInAsync(Person person, Emulator emulator)
    {
        await RegisterAsync(person, await RegistrationAsync(person, emulator));
        await LogInAsync(person, await CaptchaAsync(person, emulator));
    }

    /// <summary>Alipay identity verification, from the start to the result the candidate comes back to, then known to Enrollment.</summary>
    public static async Task VerifyRealNameAsync(Person person, Emulator emulator, string exam)
    {
        await person.UntilAsync("wait: realname learns of the registration",
            () => person.GetAsync("realname status", "/api/realname/me/status"), a => a.Status == HttpStatusCode.OK);
        var started = await person.ExpectAsync("realname start", HttpMethod.Post, "/api/realname/me/alipay-certifications", null, HttpStatusCode.Created);
        await emulator.CompleteCertificationAsync(started.Json.GetProperty("certifyUrl").GetString()!);
        var id = started.Json.GetProperty("id").GetGuid();
        var result = await person.ExpectAsync("realname result", HttpMethod.Get, $"/api/realname/me/alipay-certifications/{id}", null, HttpStatusCode.OK);
        if (result.Json.GetProperty("status").GetString() != "Passed") throw new StepFailed("realname result", result.ToString());
        await person.UntilAsync("wait: enrollment learns of the real name", () => OptionsAsync(person, exam, LinkedProvince),
            a => a.Status == HttpStatusCode.OK && a.Json.GetProperty("realNameVerified").GetBoolean());
    }

    /// <summary>The development exam: the newest intermediate exam (next year's), its window open.</summary>
    public static async Task<string> ExamCodeAsync(Person person)
    {
        var exams = await person.ExpectAsync("exams", HttpMethod.Get, "/api/enrollment/exams", null, HttpStatusCode.OK);
        return exams.Json.EnumerateArray().Select(e => e.GetProperty("code").GetString()!).First(c => c.EndsWith("-ZJ", StringComparison.Ordinal));
    }

    /// <summary>Waits until Enrollment has learnt that the record was approved (ReviewApproved, then the record's new state).</summary>
    public static Task<Answer> UntilUnlockedAsync(Person person, string exam, TimeSpan pollEvery, string step = "wait: enrollment unlocked") =>
        person.UntilAsync(step, () => OptionsAsync(person, exam, LinkedProvince),
            a => a.Status == HttpStatusCode.OK && a.Json.GetProperty("refusal").ValueKind == System.Text.Json.JsonValueKind.Null, pollEvery);

    public static Task<Answer> OptionsAsync(Person person, string exam, string province) =>
        person.GetAsync("enrollment options", $"/api/enrollment/me/exams/{exam}/provinces/{province}");

    /// <summary>Every step of the personnel-record wizard, submitted to a Beijing department; the record's id and version.</summary>
    public static async Task<(Guid RecordId, int Version)> SubmitRecordAsync(Person person)
    {
        await person.UntilAsync("wait: personnel learns of the real name",
            () => person.PutAsync("record draft", "/api/personnel/me/record", new { collectionScope = "AccountingPersonnel", departmentDivisionCode = RecordDepartment }),
            a => a.ProblemCode != "PERSONNEL_REALNAME_REQUIRED" && Expect("record draft", a, HttpStatusCode.OK));
        await UploadAsync(person, "StandardPhoto", TestImages.Jpeg(295, 413, entropyBytes: 12_000));
        await UploadAsync(person, "CertificateFront", TestImages.NoisePng(300, 200));
        await UploadAsync(person, "CertificateBack", TestImages.NoisePng(300, 200));
        await person.ExpectAsync("record education", HttpMethod.Post, "/api/personnel/me/record/educations", Education, HttpStatusCode.Created);
        var proofFileId = await UploadAsync(person, "AccountingWorkProof", TestImages.NoisePng(300, 200));
        await person.ExpectAsync("record work", HttpMethod.Post, "/api/personnel/me/record/work-experiences", Work(proofFileId), HttpStatusCode.Created);
        var submitted = await person.ExpectAsync("record submit", HttpMethod.Post, "/api/personnel/me/record/submit", new { commitment = true }, HttpStatusCode.OK);
        return (submitted.Json.GetProperty("id").GetGuid(), submitted.Json.GetProperty("version").GetInt32());
    }

    private static async Task<Guid> UploadAsync(Person person, string kind, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        var form = new MultipartFormDataContent { { new StringContent(kind), "kind" }, { file, "file", "upload.jpg" } };
        var uploaded = await person.ExpectAsync("record upload", HttpMethod.Post, "/api/personnel/me/record/files", form, HttpStatusCode.Created);
        return uploaded.Json.GetProperty("id").GetGuid();
    }

    /// <summary>The enrollment request after reading the notice; <paramref name="form"/> for a province not linked to the registry.</summary>
    public static async Task<object> EnrollmentRequestAsync(Person person, string exam, string province, object? form)
    {
        var notice = await person.ExpectAsync("enrollment notice", HttpMethod.Get, $"/api/enrollment/exams/{exam}/provinces/{province}/notice", null, HttpStatusCode.OK);
        return new
        {
            examCode = exam, provinceCode = province, noticeVersion = notice.Json.GetProperty("noticeVersion").GetInt32(),
            acceptedCommitment = true, acceptedLegalNotice = true, subjectCodes = new[] { "ZJ-SW", "ZJ-JJF" },
            contact = new { mobilePhone = person.Phone, email = $"c{person.Phone}@example.cn" }, form,
        };
    }

    public static async Task<Guid> EnrollAsync(Person person, object request)
    {
        var enrolled = await person.ExpectAsync("enroll", HttpMethod.Post, "/api/enrollment/me/enrollments", request, HttpStatusCode.Created);
        return enrolled.Json.GetProperty("id").GetGuid();
    }

    /// <summary>The pre-pay contact, an Alipay QR code, the payment at Alipay, until the enrollment shows Confirmed.</summary>
    public static async Task PayAsync(Person person, Emulator emulator, Guid enrollmentId)
    {
        var phone = Identities.ContactPhone();
        var smsCode = await SmsCodeAsync(person, emulator, phone, "PaymentContact");
        var contact = await person.ExpectAsync("payment contact", HttpMethod.Post, "/api/identity/me/payment-contacts",
            new { phone, smsCode, email = $"pay{phone}@example.cn" }, HttpStatusCode.Created);
        var contactToken = contact.Json.GetProperty("contactToken").GetString();
        var order = await person.UntilAsync("wait: payment learns of the enrollment",
            () => person.PostAsync("payment order", "/api/payment/me/orders", new { enrollmentId, channel = "Alipay", contactToken }),
            a => a.Status != HttpStatusCode.NotFound && Expect("payment order", a, HttpStatusCode.OK));
        await emulator.PayAlipayAsync(order.Json.GetProperty("outTradeNo").GetString()!);
        await person.UntilAsync("wait: enrollment confirmed", () => person.GetAsync("enrollment status", $"/api/enrollment/me/enrollments/{enrollmentId}"),
            a => Expect("enrollment status", a, HttpStatusCode.OK) && a.Json.GetProperty("status").GetString() == "Confirmed");
    }

    private static bool Expect(string step, Answer answer, HttpStatusCode expected) =>
        answer.Status == expected ? true : throw new StepFailed(step, answer.ToString());
}

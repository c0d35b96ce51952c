using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Conventions;

/// <summary>What a client can send that the platform cannot read gets a 400 problem with a stable code, never a 500.</summary>
public sealed class MalformedInputTests
{
    /// <summary>Every upload endpoint (every operation that <c>Accepts&lt;IFormFile&gt;</c>), with the table its uploads go to.</summary>
    [Theory]
    [InlineData("/api/personnel/me/record/files", "PERSONNEL_REQUEST_MALFORMED", "personnel", "record_files")]
    [InlineData("/api/realname/me/online-applications", "REALNAME_REQUEST_MALFORMED", "realname", "online_applications")]
    public async Task A_multipart_body_that_ends_before_its_boundary_is_a_400_on_every_upload_and_writes_nothing(
        string path, string code, string service, string table)
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        foreach (var text in new[] { "xx", "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\n\u00ff\u00d8" })
        {
            var body = new ByteArrayContent(Encoding.Latin1.GetBytes(text));
            body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=abc");

            var response = await candidate.Client.PostAsync(path, body);

            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Equal("application/problem+json", response.ContentType);
            Assert.Equal(code, response.ProblemCode);
        }
        Assert.Equal(0, await DatabaseRows.CountAsync(service, table, "UserId", candidate.UserId));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(0)]
    public async Task An_enum_sent_as_an_integer_is_refused_and_registers_nobody(int certificateType)
    {
        using var client = new PlatformClient();
        var phone = TestIdentities.Phone();
        var json = $$"""
            {"certificateType": {{certificateType}}, "certificateNumber": "{{TestIdentities.ResidentIdNumber()}}", "name": "郑十一",
             "phone": "{{phone}}", "password": "{{Candidate.DefaultPassword}}", "confirmPassword": "{{Candidate.DefaultPassword}}", "smsCode": "123456"}
            """;

        var response = await client.PostAsync("/api/identity/users", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("IDENTITY_REQUEST_MALFORMED", response.ProblemCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Candidate.TryLogInAsync(client, phone, Candidate.DefaultPassword)).Status);
    }

    [Fact]
    public async Task A_null_accounting_work_entry_is_a_field_error_and_adds_no_work_experience()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var me = candidate.Client;
        var draft = await Eventually.GetAsync(
            () => me.PutAsync("/api/personnel/me/record", new { collectionScope = "AccountingPersonnel", departmentDivisionCode = "110105" }),
            r => r.ProblemCode != "PERSONNEL_REALNAME_REQUIRED", "PersonnelRecord learns of the real-name verification");
        Assert.True(draft.Status == HttpStatusCode.OK, draft.ToString());
        var proof = await PersonnelRecords.UploadOkAsync(me, "AccountingWorkProof", PersonnelRecords.Attachment());

        var body = new
        {
            startDate = "2014-08-01", endDate = (string?)null, employer = "北京某某会计师事务所", creditCode = "91110000600037341L",
            employerType = "Enterprise", industry = "商务服务业", address = "北京市朝阳区建国路1号", phone = "010-12345678",
            hasAccountingWork = true, accountingWorks = new object?[] { null }, proofFileId = proof,
        };
        var response = await me.PostAsync("/api/personnel/me/record/work-experiences", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.True(response.Json.GetProperty("errors").TryGetProperty("accountingWorks[0]", out _), response.ToString());
        Assert.Equal(0, (await me.GetAsync("/api/personnel/me/record/work-experiences")).Json.GetArrayLength());
    }

    [Theory]
    [InlineData("multipart/form-data")]          // no boundary
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_form_the_Alipay_notify_endpoint_cannot_read_is_answered_failure_not_500(string contentType)
    {
        using var anonymous = new PlatformClient();
        var text = contentType.StartsWith("multipart", StringComparison.Ordinal)
            ? "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n"
            : string.Join('&', Enumerable.Range(0, 2000).Select(i => $"f{i}=1")); // more fields than a form may have
        var body = new ByteArrayContent(Encoding.ASCII.GetBytes(text));
        body.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await anonymous.PostAsync("/api/payment/notifications/alipay", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("failure", response.Text);
    }
}

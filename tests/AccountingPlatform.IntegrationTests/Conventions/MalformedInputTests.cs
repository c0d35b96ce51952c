using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Conventions;

/// <summary>What a client can send that the platform cannot read gets a 400 problem with a stable code, never a 500.</summary>
public sealed class MalformedInputTests
{
    [Theory]
    [InlineData("/api/personnel/me/record/files", "PERSONNEL_REQUEST_MALFORMED")]
    [InlineData("/api/realname/me/online-applications", "REALNAME_REQUEST_MALFORMED")]
    public async Task A_multipart_body_that_ends_before_its_boundary_is_a_400_on_every_upload(string path, string code)
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        var body = new ByteArrayContent(Encoding.ASCII.GetBytes("xx"));
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=abc");

        var response = await candidate.Client.PostAsync(path, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(code, response.ProblemCode);
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
}

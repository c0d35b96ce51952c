using System.Net;
using System.Text;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Gateway;

/// <summary>What every client meets at the gateway: routing, API documents, problem responses, authorization, throttling.</summary>
public sealed class GatewayTests
{
    [Theory]
    [InlineData("identity")]
    [InlineData("realname")]
    [InlineData("personnel")]
    [InlineData("review")]
    [InlineData("enrollment")]
    [InlineData("payment")]
    public async Task Each_service_publishes_its_OpenAPI_document_through_the_gateway(string service)
    {
        using var client = new PlatformClient();
        var document = await client.GetAsync($"/api/{service}/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, document.Status);
        Assert.StartsWith("3.", document.Json.GetProperty("openapi").GetString());
        Assert.Contains(document.Json.GetProperty("paths").EnumerateObject(), p => p.Name.StartsWith($"/api/{service}/"));
    }

    [Fact]
    public async Task A_request_without_a_token_gets_a_401_problem_with_a_code_and_a_Chinese_title()
    {
        using var client = new PlatformClient();
        var response = await client.GetAsync("/api/enrollment/me/enrollments");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal("ENROLLMENT_UNAUTHENTICATED", response.ProblemCode);
        Assert.Equal("未登录或登录已过期", response.Json.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(response.Json.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        using var client = new PlatformClient { AccessToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIiwicm9sZSI6ImNhbmRpZGF0ZSJ9.c2lnbmF0dXJl" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/payment/me/orders/" + Guid.NewGuid())).Status);
    }

    [Fact]
    public async Task A_malformed_body_gets_a_400_problem_not_a_500()
    {
        using var client = new PlatformClient();
        var response = await client.PostAsync("/api/identity/users", new StringContent("{\"phone\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("IDENTITY_REQUEST_MALFORMED", response.ProblemCode);
    }

    [Fact]
    public async Task An_invalid_registration_gets_field_errors_in_Chinese()
    {
        using var client = new PlatformClient();
        var response = await client.PostAsync("/api/identity/users", new
        {
            certificateType = "ResidentIdCard", certificateNumber = "110105194912310021", name = "张三", phone = "12345",
            password = "short", confirmPassword = "other", smsCode = "12",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("IDENTITY_REGISTRATION_INVALID", response.ProblemCode);
        var errors = response.Json.GetProperty("errors");
        Assert.Equal("居民身份证号码不正确", errors.GetProperty("certificateNumber")[0].GetString());
        foreach (var field in new[] { "phone", "password", "confirmPassword", "smsCode" }) Assert.True(errors.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task An_SMS_flood_from_one_client_address_is_throttled_with_retry_after_whatever_X_Forwarded_For_it_claims()
    {
        using var client = new PlatformClient();
        ApiResponse? throttled = null;
        var served = 0;
        for (var i = 0; i < 100 && throttled is null; i++)
        {
            // A different address claimed each time: the gateway limits the address the connection comes from.
            var response = await client.SendAsync(HttpMethod.Post, "/api/identity/sms-codes", new { phone = "1", purpose = "Register" },
                r => r.Headers.Add("X-Forwarded-For", $"198.51.100.{i % 250 + 1}"));
            if (response.Status == HttpStatusCode.TooManyRequests) throttled = response;
            else
            {
                Assert.Equal(HttpStatusCode.BadRequest, response.Status);
                served++;
            }
        }
        Assert.NotNull(throttled);
        Assert.Equal("GATEWAY_TOO_MANY_REQUESTS", throttled.ProblemCode);
        Assert.True(throttled.Raw.Headers.RetryAfter is not null, "Retry-After header");
        Assert.InRange(served, 1, 30);   // Gateway:RateLimits:SmsPerMinute under the AppHost

        // Still throttled under yet other claimed addresses (and a Forwarded header), while another device is served.
        for (var i = 0; i < 10; i++)
        {
            var forged = await client.SendAsync(HttpMethod.Post, "/api/identity/sms-codes", new { phone = "1", purpose = "Register" }, r =>
            {
                r.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}, 192.0.2.{i + 1}");
                r.Headers.Add("Forwarded", $"for=203.0.113.{i + 1}");
            });
            Assert.Equal(HttpStatusCode.TooManyRequests, forged.Status);
        }
        using var otherDevice = new PlatformClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await otherDevice.PostAsync("/api/identity/sms-codes", new { phone = "1", purpose = "Register" })).Status);
    }

    [Fact]
    public async Task A_forged_Alipay_notification_is_refused()
    {
        using var client = new PlatformClient();
        var response = await client.PostAsync("/api/payment/notifications/alipay", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["app_id"] = "2021000000000001", ["out_trade_no"] = Guid.NewGuid().ToString("N"), ["trade_status"] = "TRADE_SUCCESS",
            ["total_amount"] = "120.00", ["sign_type"] = "RSA2", ["sign"] = Convert.ToBase64String(new byte[256]),
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("failure", response.Text);
    }
}

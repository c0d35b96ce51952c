using System.Globalization;
using System.Net;
using System.Text.Json;
using AccountingPlatform.Channels.Sms;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.UnitTests.Channels;

public sealed class AliyunSmsClientTests
{
    private static AliyunSmsClient Client(StubHttpHandler handler) => new(new HttpClient(handler), Options.Create(new SmsOptions
    {
        Endpoint = "http://127.0.0.1:5190/sms/",
        AccessKeyId = "emu-key",
        AccessKeySecret = "emu-secret",
        SignName = "会计考试",
        TemplateCode = "SMS_000001",
    }), new FixedClock(new DateTimeOffset(2024, 6, 1, 16, 30, 5, TimeSpan.FromHours(8))));

    [Fact]
    public async Task Sends_a_signed_SendSms_get()
    {
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(
            """{"Code":"OK","Message":"OK","BizId":"900619746936498440^0","RequestId":"F655A8D5-B967-440B-8683-DAD6FF8DE990"}"""));

        await Client(handler).SendAsync("13800138000", new Dictionary<string, string> { ["code"] = "123456" }, CancellationToken.None);

        var (request, _) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("/sms/", request.RequestUri!.AbsolutePath);
        // Spaces must travel as %20 and the query must round-trip through a standard decoder.
        Assert.DoesNotContain("+", request.RequestUri.Query, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(request.RequestUri.Query).ToDictionary(q => q.Key, q => q.Value.ToString());
        Assert.Equal("SendSms", query["Action"]);
        Assert.Equal("2017-05-25", query["Version"]);
        Assert.Equal("JSON", query["Format"]);
        Assert.Equal("emu-key", query["AccessKeyId"]);
        Assert.Equal("HMAC-SHA1", query["SignatureMethod"]);
        Assert.Equal("1.0", query["SignatureVersion"]);
        Assert.True(Guid.TryParse(query["SignatureNonce"], out _));
        Assert.Equal("cn-hangzhou", query["RegionId"]);
        Assert.Equal("13800138000", query["PhoneNumbers"]);
        Assert.Equal("会计考试", query["SignName"]);
        Assert.Equal("SMS_000001", query["TemplateCode"]);
        Assert.Equal("123456", JsonDocument.Parse(query["TemplateParam"]).RootElement.GetProperty("code").GetString());
        Assert.Equal("2024-06-01T08:30:05Z", query["Timestamp"]);  // Aliyun RPC wants UTC
        Assert.Equal(AliyunRpcSignature.Sign(query, "emu-secret"), query["Signature"]);
    }

    [Fact]
    public async Task Business_error_throws_with_the_providers_code()
    {
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(
            """{"Code":"isv.BUSINESS_LIMIT_CONTROL","Message":"触发分钟级流控Permits:1","RequestId":"x"}"""));

        var ex = await Assert.ThrowsAsync<SmsSendException>(() =>
            Client(handler).SendAsync("13800138000", new Dictionary<string, string> { ["code"] = "1" }, CancellationToken.None));

        Assert.Equal("isv.BUSINESS_LIMIT_CONTROL", ex.Code);
        Assert.Equal("触发分钟级流控Permits:1", ex.ProviderMessage);
    }

    [Fact]
    public async Task Http_400_with_an_aliyun_code_throws_with_that_code()
    {
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(
            """{"Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation."}""", HttpStatusCode.BadRequest));

        var ex = await Assert.ThrowsAsync<SmsSendException>(() =>
            Client(handler).SendAsync("13800138000", new Dictionary<string, string>(), CancellationToken.None));

        Assert.Equal("SignatureDoesNotMatch", ex.Code);
    }

    [Fact]
    public async Task Unreadable_error_answer_is_an_http_error()
    {
        var handler = new StubHttpHandler((_, _) => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>bad gateway</html>") });

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            Client(handler).SendAsync("13800138000", new Dictionary<string, string>(), CancellationToken.None));
    }
}

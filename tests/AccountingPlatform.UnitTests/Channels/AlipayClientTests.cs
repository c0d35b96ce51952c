using System.Globalization;
using AccountingPlatform.Channels.Alipay;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.UnitTests.Channels;

public sealed class AlipayClientTests
{
    private const string Gateway = "http://127.0.0.1:5190/alipay/gateway.do";

    private static AlipayClient Client(StubHttpHandler handler) => new(new HttpClient(handler), Options.Create(new AlipayOptions
    {
        GatewayUrl = Gateway,
        AppId = "2021000000000001",
        AppPrivateKey = TestRsaKeys.AppPrivateKey,
        AlipayPublicKey = TestRsaKeys.AlipayPublicKey,
        NotifyUrl = "http://127.0.0.1:5300/api/payments/alipay/notify",
    }), new FixedClock(Now));

    private static readonly DateTimeOffset Now = new(2024, 6, 1, 16, 30, 5, TimeSpan.Zero);

    private static string SignedAnswer(string responseKey, string node, string? signWith = null)
    {
        using var key = AlipayKeys.ImportPrivateKey(signWith ?? TestRsaKeys.AlipayPrivateKey);
        return $$"""{"{{responseKey}}":{{node}},"sign":"{{AlipaySignature.Sign(node, key)}}"}""";
    }

    [Fact]
    public async Task Request_carries_the_common_parameters_signed_with_the_app_key()
    {
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(
            SignedAnswer("alipay_trade_precreate_response", """{"code":"10000","msg":"Success","out_trade_no":"E1","qr_code":"https://qr.alipay.com/x"}""")));

        await Client(handler).ExecuteAsync("alipay.trade.precreate",
            new { OutTradeNo = "E1", TotalAmount = "88.00", Subject = "会计考试报名费" });

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(Gateway, request.RequestUri!.ToString());
        Assert.Equal("application/x-www-form-urlencoded", request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", request.Content.Headers.ContentType.CharSet);

        var form = QueryHelpers.ParseQuery(body);
        Assert.Equal("2021000000000001", form["app_id"]);
        Assert.Equal("alipay.trade.precreate", form["method"]);
        Assert.Equal("JSON", form["format"]);
        Assert.Equal("utf-8", form["charset"]);
        Assert.Equal("RSA2", form["sign_type"]);
        Assert.Equal("1.0", form["version"]);
        Assert.Equal("http://127.0.0.1:5300/api/payments/alipay/notify", form["notify_url"]);
        Assert.Equal("""{"out_trade_no":"E1","total_amount":"88.00","subject":"会计考试报名费"}""", form["biz_content"]);

        Assert.Equal("2024-06-02 00:30:05", form["timestamp"]);   // Beijing time: past midnight already

        var content = AlipaySignature.BuildSignContent(form.Select(f => KeyValuePair.Create(f.Key, (string?)f.Value.ToString())), excludeSignType: false);
        Assert.Contains("sign_type=RSA2", content);
        using var appPublicKey = AlipayKeys.ImportPublicKey(TestRsaKeys.AppPublicKey);
        Assert.True(AlipaySignature.Verify(content, form["sign"]!, appPublicKey));
    }

    [Fact]
    public async Task Verified_response_exposes_code_and_body()
    {
        const string node = """{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST","sub_msg":"交易不存在","out_trade_no":"E1"}""";
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(SignedAnswer("alipay_trade_query_response", node)));

        var response = await Client(handler).ExecuteAsync("alipay.trade.query", new { OutTradeNo = "E1" });

        Assert.False(response.IsSuccess);
        Assert.Equal("40004", response.Code);
        Assert.Equal("ACQ.TRADE_NOT_EXIST", response.SubCode);
        Assert.Equal("交易不存在", response.SubMsg);
        Assert.Equal("E1", response.Body.GetProperty("out_trade_no").GetString());
    }

    [Fact]
    public async Task Signature_is_checked_over_the_node_text_exactly_as_received()
    {
        // Spacing and escapes that a re-serialization would change.
        const string node = "{ \"code\" : \"10000\",\"msg\":\"Success\",\"passed\":\"T\",\"note\":\"\\u4f1a\u8ba1\" }";
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(SignedAnswer("alipay_user_certify_open_query_response", node)));

        var response = await Client(handler).ExecuteAsync("alipay.user.certify.open.query", new { CertifyId = "c1" });

        Assert.True(response.IsSuccess);
        Assert.Equal("会计", response.Body.GetProperty("note").GetString());
    }

    [Fact]
    public async Task Tampered_response_throws()
    {
        var signed = SignedAnswer("alipay_trade_query_response", """{"code":"10000","msg":"Success","trade_status":"WAIT_BUYER_PAY"}""");
        var tampered = signed.Replace("WAIT_BUYER_PAY", "TRADE_SUCCESS", StringComparison.Ordinal);
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(tampered));

        await Assert.ThrowsAsync<AlipaySignatureException>(() => Client(handler).ExecuteAsync("alipay.trade.query", new { OutTradeNo = "E1" }));
    }

    [Fact]
    public async Task Response_signed_by_another_key_throws()
    {
        var (otherPrivate, _) = TestRsaKeys.Generate();
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(
            SignedAnswer("alipay_trade_query_response", """{"code":"10000","msg":"Success"}""", otherPrivate)));

        await Assert.ThrowsAsync<AlipaySignatureException>(() => Client(handler).ExecuteAsync("alipay.trade.query", new { OutTradeNo = "E1" }));
    }

    [Fact]
    public async Task Unsigned_success_throws()
    {
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(
            """{"alipay_trade_query_response":{"code":"10000","msg":"Success","trade_status":"TRADE_SUCCESS"}}"""));

        await Assert.ThrowsAsync<AlipaySignatureException>(() => Client(handler).ExecuteAsync("alipay.trade.query", new { OutTradeNo = "E1" }));
    }

    [Fact]
    public async Task Unsigned_error_is_accepted_as_a_failure()
    {
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(
            """{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-app-id","sub_msg":"无效的AppID参数"}}"""));

        var response = await Client(handler).ExecuteAsync("alipay.trade.query", new { OutTradeNo = "E1" });

        Assert.False(response.IsSuccess);
        Assert.Equal("isv.invalid-app-id", response.SubCode);
    }

    [Fact]
    public void Page_url_is_a_signed_get_of_the_gateway()
    {
        var url = Client(new StubHttpHandler((_, _) => throw new InvalidOperationException())).BuildPageUrl(
            "alipay.user.certify.open.certify", new { CertifyId = "abc" });

        Assert.StartsWith(Gateway + "?", url, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(new Uri(url).Query);
        Assert.Equal("alipay.user.certify.open.certify", query["method"]);
        Assert.Equal("""{"certify_id":"abc"}""", query["biz_content"]);
        Assert.False(query.ContainsKey("notify_url"));
        using var appPublicKey = AlipayKeys.ImportPublicKey(TestRsaKeys.AppPublicKey);
        var content = AlipaySignature.BuildSignContent(query.Select(f => KeyValuePair.Create(f.Key, (string?)f.Value.ToString())), excludeSignType: false);
        Assert.True(AlipaySignature.Verify(content, query["sign"]!, appPublicKey));
    }

    [Fact]
    public void Notification_is_verified_without_sign_and_sign_type()
    {
        var form = new Dictionary<string, string?>
        {
            ["notify_type"] = "trade_status_sync",
            ["out_trade_no"] = "E1",
            ["trade_status"] = "TRADE_SUCCESS",
            ["total_amount"] = "88.00",
            ["subject"] = "会计考试报名费",
        };
        using (var alipayKey = AlipayKeys.ImportPrivateKey(TestRsaKeys.AlipayPrivateKey))
            form["sign"] = AlipaySignature.Sign(AlipaySignature.BuildSignContent(form, excludeSignType: true), alipayKey);
        form["sign_type"] = "RSA2";
        var client = Client(new StubHttpHandler((_, _) => throw new InvalidOperationException()));

        Assert.True(client.VerifyNotification(form));

        form["total_amount"] = "0.01";
        Assert.False(client.VerifyNotification(form));
        form.Remove("sign");
        Assert.False(client.VerifyNotification(form));
    }

    [Fact]
    public async Task Refund_request_sends_the_order_the_amount_in_yuan_and_the_request_number_signed()
    {
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(SignedAnswer("alipay_trade_refund_response",
            """{"code":"10000","msg":"Success","trade_no":"2024060122001400000000001","out_trade_no":"E1","fund_change":"Y","refund_fee":"120.00"}""")));

        await Client(handler).RefundAsync("E1", "E1RF", 12000, "考生退考");

        var (_, body) = Assert.Single(handler.Requests);
        var form = QueryHelpers.ParseQuery(body);
        Assert.Equal("alipay.trade.refund", form["method"]);
        Assert.Equal("""{"out_trade_no":"E1","refund_amount":"120.00","out_request_no":"E1RF","refund_reason":"考生退考"}""", form["biz_content"]);
        using var appPublicKey = AlipayKeys.ImportPublicKey(TestRsaKeys.AppPublicKey);
        var content = AlipaySignature.BuildSignContent(form.Select(f => KeyValuePair.Create(f.Key, (string?)f.Value.ToString())), excludeSignType: false);
        Assert.True(AlipaySignature.Verify(content, form["sign"]!, appPublicKey));
    }

    [Fact]
    public async Task Refund_answer_gives_fund_change_the_refunded_total_in_fen_and_the_refund_time()
    {
        const string node = """{"code":"10000","msg":"Success","trade_no":"2024060122001400000000001","out_trade_no":"E1","buyer_logon_id":"159****5620","fund_change":"Y","refund_fee":"120.00","gmt_refund_pay":"2024-06-02 00:30:06"}""";
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(SignedAnswer("alipay_trade_refund_response", node)));

        var refund = await Client(handler).RefundAsync("E1", "E1RF", 12000);

        Assert.True(refund.Response.IsSuccess);
        Assert.True(refund.FundChange);
        Assert.Equal(12000, refund.RefundFeeFen);
        Assert.Equal("2024060122001400000000001", refund.TradeNo);
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 16, 30, 6, TimeSpan.Zero), refund.RefundedAt);   // Beijing time
    }

    [Fact]
    public async Task Repeated_refund_request_is_read_as_no_money_moved_with_the_total_already_refunded()
    {
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(SignedAnswer("alipay_trade_refund_response",
            """{"code":"10000","msg":"Success","trade_no":"2024060122001400000000001","out_trade_no":"E1","fund_change":"N","refund_fee":"120.00"}""")));

        var refund = await Client(handler).RefundAsync("E1", "E1RF", 12000);

        Assert.True(refund.Response.IsSuccess);
        Assert.False(refund.FundChange);
        Assert.Equal(12000, refund.RefundFeeFen);
        Assert.Null(refund.RefundedAt);
    }

    [Fact]
    public async Task Refused_refund_is_a_failure_without_money_moved()
    {
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(SignedAnswer("alipay_trade_refund_response",
            """{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_STATUS_ERROR","sub_msg":"交易状态不合法","refund_fee":"0.00","send_back_fee":"0.00"}""")));

        var refund = await Client(handler).RefundAsync("E1", "E1RF", 12000);

        Assert.False(refund.Response.IsSuccess);
        Assert.Equal("ACQ.TRADE_STATUS_ERROR", refund.Response.SubCode);
        Assert.False(refund.FundChange);
        Assert.Equal(0, refund.RefundFeeFen);
    }

    [Fact]
    public async Task Tampered_refund_answer_throws()
    {
        var signed = SignedAnswer("alipay_trade_refund_response", """{"code":"10000","msg":"Success","fund_change":"N","refund_fee":"0.00"}""");
        var tampered = signed.Replace("\"fund_change\":\"N\"", "\"fund_change\":\"Y\"", StringComparison.Ordinal);
        Assert.NotEqual(signed, tampered);
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(tampered));

        await Assert.ThrowsAsync<AlipaySignatureException>(() => Client(handler).RefundAsync("E1", "E1RF", 12000));
    }

    [Fact]
    public async Task Close_request_names_the_order()
    {
        var handler = new StubHttpHandler((_, _) => StubHttpHandler.Json(SignedAnswer("alipay_trade_close_response",
            """{"code":"10000","msg":"Success","trade_no":"2024060122001400000000001","out_trade_no":"E1"}""")));

        var response = await Client(handler).CloseAsync("E1");

        Assert.True(response.IsSuccess);
        var form = QueryHelpers.ParseQuery(Assert.Single(handler.Requests).Body);
        Assert.Equal("alipay.trade.close", form["method"]);
        Assert.Equal("""{"out_trade_no":"E1"}""", form["biz_content"]);
    }
}

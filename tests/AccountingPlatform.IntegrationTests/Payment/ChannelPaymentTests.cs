using System.Net;
using System.Text.Json;
using AccountingPlatform.Contracts;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Payment;

/// <summary>
/// A full payment on WeChat Pay (API v3 Native) and on UnionPay (二维码支付), each through Payment's real adapter and the
/// emulated channel, which signs, verifies, calls back through the gateway and retries: the code, the payment, the
/// enrollment confirmed, a repeated callback changing nothing, and a withdrawal refunded through the same channel.
/// </summary>
public sealed class ChannelPaymentTests
{
    [Fact]
    public async Task WeChat_Pay_confirms_the_enrollment_once_and_a_withdrawal_is_refunded_through_WeChat_Pay()
    {
        using var emulator = new EmulatorClient();
        var (candidate, enrollmentId, amountFen) = await PaymentOrders.EnrollInGuangdongAsync(emulator);
        using var _ = candidate;
        var ordered = await PaymentOrders.CreateOrderAsync(candidate, emulator, enrollmentId, "WeChatPay");
        Assert.True(ordered.Status == HttpStatusCode.OK, ordered.ToString());
        Assert.Equal("WeChatPay", ordered.Json.GetProperty("channel").GetString());
        Assert.StartsWith("weixin://wxpay/bizpayurl?pr=", ordered.Json.GetProperty("qrCode").GetString(), StringComparison.Ordinal);
        var orderId = ordered.Json.GetProperty("id").GetGuid();
        var outTradeNo = ordered.Json.GetProperty("outTradeNo").GetString()!;

        var trade = await emulator.WeChatPayTradeAsync(outTradeNo);
        Assert.Equal("NOTPAY", trade.GetProperty("status").GetString());
        Assert.Equal(amountFen, trade.GetProperty("totalFen").GetInt64());
        Assert.EndsWith("/api/payment/notifications/wechatpay", trade.GetProperty("notifyUrl").GetString(), StringComparison.Ordinal);

        var paid = await emulator.PayWeChatPayAsync(outTradeNo);
        Assert.True(paid.GetProperty("notified").GetBoolean(), paid.ToString());
        Assert.Equal(204, paid.GetProperty("lastStatus").GetInt32());
        await AssertPaidAndConfirmedAsync(candidate, orderId, enrollmentId);

        // WeChat Pay calls back again (as it does until it is sure we have it): acknowledged, nothing applied twice.
        var again = await emulator.PayWeChatPayAsync(outTradeNo);
        Assert.True(again.GetProperty("notified").GetBoolean(), again.ToString());
        await AssertOnePaymentPublishedAsync(orderId, "WeChatPay", amountFen);

        await WithdrawAndAwaitRefundAsync(candidate, enrollmentId);
        var refunded = await emulator.WeChatPayTradeAsync(outTradeNo);
        Assert.Equal(amountFen, refunded.GetProperty("refundedFen").GetInt64());
        var refund = Assert.Single(refunded.GetProperty("refunds").EnumerateArray());
        Assert.Equal("R" + outTradeNo[1..], refund.GetProperty("outRefundNo").GetString());
    }

    [Fact]
    public async Task UnionPay_confirms_the_enrollment_once_and_a_withdrawal_is_refunded_through_UnionPay()
    {
        using var emulator = new EmulatorClient();
        var (candidate, enrollmentId, amountFen) = await PaymentOrders.EnrollInGuangdongAsync(emulator);
        using var _ = candidate;
        var ordered = await PaymentOrders.CreateOrderAsync(candidate, emulator, enrollmentId, "UnionPay");
        Assert.True(ordered.Status == HttpStatusCode.OK, ordered.ToString());
        Assert.Equal("UnionPay", ordered.Json.GetProperty("channel").GetString());
        Assert.StartsWith("https://qr.95516.com/", ordered.Json.GetProperty("qrCode").GetString(), StringComparison.Ordinal);
        var orderId = ordered.Json.GetProperty("id").GetGuid();
        var outTradeNo = ordered.Json.GetProperty("outTradeNo").GetString()!;

        var qrOrder = await emulator.UnionPayOrderAsync(outTradeNo);
        Assert.Equal(amountFen, qrOrder.GetProperty("amountFen").GetInt64());
        Assert.EndsWith("/api/payment/notifications/unionpay", qrOrder.GetProperty("backUrl").GetString(), StringComparison.Ordinal);

        var paid = await emulator.PayUnionPayAsync(outTradeNo);
        Assert.True(paid.GetProperty("notified").GetBoolean(), paid.ToString());
        Assert.Equal("ok", paid.GetProperty("lastResponse").GetString());
        await AssertPaidAndConfirmedAsync(candidate, orderId, enrollmentId);

        var again = await emulator.PayUnionPayAsync(outTradeNo);
        Assert.True(again.GetProperty("notified").GetBoolean(), again.ToString());
        await AssertOnePaymentPublishedAsync(orderId, "UnionPay", amountFen);

        await WithdrawAndAwaitRefundAsync(candidate, enrollmentId);
        var refunded = await emulator.UnionPayOrderAsync(outTradeNo);
        Assert.Equal(amountFen, refunded.GetProperty("refundedFen").GetInt64());
        Assert.Equal("REFUNDED", refunded.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("Alipay")]
    [InlineData("WeChatPay")]
    [InlineData("UnionPay")]
    public async Task A_forged_notify_is_refused_and_changes_nothing_and_the_genuine_one_still_counts(string channel)
    {
        using var emulator = new EmulatorClient();
        var (candidate, enrollmentId, amountFen) = await PaymentOrders.EnrollInGuangdongAsync(emulator);
        using var _ = candidate;
        var ordered = await PaymentOrders.CreateOrderAsync(candidate, emulator, enrollmentId, channel);
        Assert.True(ordered.Status == HttpStatusCode.OK, ordered.ToString());
        var orderId = ordered.Json.GetProperty("id").GetGuid();
        var outTradeNo = ordered.Json.GetProperty("outTradeNo").GetString()!;

        using var anonymous = new PlatformClient();
        var forged = await anonymous.SendAsync(HttpMethod.Post, $"/api/payment/notifications/{channel.ToLowerInvariant()}",
            ForgedNotify(channel, outTradeNo, amountFen), r => ForgedHeaders(channel, r));
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal("Pending", (await candidate.Client.GetAsync($"/api/payment/me/orders/{orderId}")).Json.GetProperty("status").GetString());
        Assert.Empty(await PaymentOutbox.PublishedAsync<PaymentSucceeded>(orderId));

        var paid = channel switch
        {
            "Alipay" => await emulator.PayAsync(outTradeNo),
            "WeChatPay" => await emulator.PayWeChatPayAsync(outTradeNo),
            _ => await emulator.PayUnionPayAsync(outTradeNo),
        };
        Assert.True(paid.GetProperty("notified").GetBoolean(), paid.ToString());
        await AssertPaidAndConfirmedAsync(candidate, orderId, enrollmentId);
    }

    /// <summary>What a forger who knows the order's number and amount would post: the channel's fields, signed with nothing the channel holds.</summary>
    private static HttpContent ForgedNotify(string channel, string outTradeNo, long amountFen) => channel switch
    {
        "Alipay" => new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["app_id"] = "2021000000000001", ["out_trade_no"] = outTradeNo, ["trade_no"] = "2024000000000000000000000001",
            ["trade_status"] = "TRADE_SUCCESS", ["total_amount"] = (amountFen / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            ["sign_type"] = "RSA2", ["sign"] = Convert.ToBase64String(new byte[256]),
        }),
        "WeChatPay" => new StringContent(JsonSerializer.Serialize(new
        {
            id = "EV-2018022511223320873", create_time = "2024-06-01T10:00:00+08:00", resource_type = "encrypt-resource",
            event_type = "TRANSACTION.SUCCESS", summary = "支付成功",
            resource = new { algorithm = "AEAD_AES_256_GCM", ciphertext = Convert.ToBase64String(new byte[64]), associated_data = "transaction", nonce = "fdasflkja484" },
        }), System.Text.Encoding.UTF8, "application/json"),
        _ => new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["version"] = "5.1.0", ["encoding"] = "utf-8", ["signMethod"] = "01", ["txnType"] = "01", ["txnSubType"] = "07",
            ["bizType"] = "000000", ["merId"] = "777290058110048", ["orderId"] = outTradeNo, ["txnTime"] = "20240601100000",
            ["txnAmt"] = amountFen.ToString(System.Globalization.CultureInfo.InvariantCulture), ["queryId"] = "782406011000000000001",
            ["respCode"] = "00", ["respMsg"] = "成功", ["certId"] = "69629715588", ["signature"] = Convert.ToBase64String(new byte[256]),
        }),
    };

    private static void ForgedHeaders(string channel, HttpRequestMessage request)
    {
        if (channel != "WeChatPay") return;
        request.Headers.Add("Wechatpay-Serial", "5157F09EFDC096DE15EBE81A47057A7200000001");
        request.Headers.Add("Wechatpay-Timestamp", PlatformEnvironment.Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("Wechatpay-Nonce", "593BEC0C930BF1AFEB40B4A08C8FB242");
        request.Headers.Add("Wechatpay-Signature", Convert.ToBase64String(new byte[256]));
    }

    private static async Task AssertPaidAndConfirmedAsync(Candidate candidate, Guid orderId, Guid enrollmentId)
    {
        var order = await Eventually.GetAsync(() => candidate.Client.GetAsync($"/api/payment/me/orders/{orderId}"),
            r => r.Json.GetProperty("status").GetString() == "Paid", "Payment applies the channel's notify");
        Assert.NotEqual(JsonValueKind.Null, order.Json.GetProperty("paidAt").ValueKind);
        var enrollment = await Eventually.GetAsync(() => candidate.Client.GetAsync($"{Enrollments.Path}/{enrollmentId}"),
            r => r.Json.GetProperty("status").GetString() == "Confirmed", "payment success = enrollment success");
        Assert.Matches("^[0-9]{12}$", enrollment.Json.GetProperty("enrollmentNumber").GetString());
    }

    private static async Task AssertOnePaymentPublishedAsync(Guid orderId, string channel, long amountFen)
    {
        await Task.Delay(TimeSpan.FromSeconds(2)); // let a second PaymentSucceeded show itself
        var published = Assert.Single(await PaymentOutbox.PublishedAsync<PaymentSucceeded>(orderId));
        Assert.Equal(channel, published.GetProperty("channel").GetString());
        Assert.Equal(amountFen, published.GetProperty("amountFen").GetInt64());
        Assert.False(string.IsNullOrEmpty(published.GetProperty("channelTradeNo").GetString()));
    }

    private static async Task WithdrawAndAwaitRefundAsync(Candidate candidate, Guid enrollmentId)
    {
        var withdrawn = await candidate.Client.PostAsync($"{Enrollments.Path}/{enrollmentId}/withdraw");
        Assert.True(withdrawn.Status == HttpStatusCode.OK, withdrawn.ToString());
        await Eventually.GetAsync(() => candidate.Client.GetAsync($"{Enrollments.Path}/{enrollmentId}"),
            r => r.Json.GetProperty("status").GetString() == "Refunded", "the channel refunds and Enrollment learns it");
    }
}

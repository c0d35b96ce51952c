using System.Net;
using System.Text.Json;
using AccountingPlatform.Channels.WeChatPay;

namespace AccountingPlatform.UnitTests.Channels.WeChatPay;

/// <summary>The real adapter against the emulated WeChat Pay over HTTP: both sides sign, both sides verify.</summary>
public sealed class WeChatPayClientAgainstEmulatorTests
{
    [Fact]
    public async Task Native_order_pay_callback_query_refund_and_close_of_another()
    {
        await using var emulator = await RunningWeChatPayEmulator.StartAsync();
        using var http = new HttpClient();
        var client = emulator.Client(http);
        var expiresAt = TimeProvider.System.GetUtcNow().AddMinutes(30);

        var codeUrl = await client.CreateNativeOrderAsync("E20240601001", "2024年中级会计考试报名费", 6000, expiresAt);
        Assert.StartsWith("weixin://wxpay/bizpayurl?pr=", codeUrl);
        Assert.Equal(codeUrl, await client.CreateNativeOrderAsync("E20240601001", "2024年中级会计考试报名费", 6000, expiresAt));
        Assert.Equal(WeChatPayTradeState.NotPay, (await client.QueryByOutTradeNoAsync("E20240601001")).TradeState);

        // The merchant refuses the first callback (500); the emulator retries and the second is verified and decrypted.
        using var pay = await http.PostAsync($"{emulator.BaseUrl}/emulator/wechatpay/trades/E20240601001/pay", null);
        pay.EnsureSuccessStatusCode();
        var notification = await ReceivedAsync(emulator);
        Assert.Equal("TRANSACTION.SUCCESS", notification.EventType);
        Assert.Equal("E20240601001", notification.Transaction.OutTradeNo);
        Assert.Equal(WeChatPayTradeState.Success, notification.Transaction.TradeState);
        Assert.Equal(6000, notification.Transaction.Amount!.Total);
        Assert.Equal(WeChatPayTestKeys.MchId, notification.Transaction.MchId);
        Assert.Equal(WeChatPayTestKeys.AppId, notification.Transaction.AppId);
        Assert.NotNull(notification.Transaction.SuccessTime);

        var paid = await client.QueryByOutTradeNoAsync("E20240601001");
        Assert.Equal(WeChatPayTradeState.Success, paid.TradeState);
        Assert.Equal(notification.Transaction.TransactionId, paid.TransactionId);

        var refund = await client.RefundAsync("E20240601001", "R20240601001", 6000, 6000, "考生撤销报名");
        Assert.Equal("SUCCESS", refund.Status);
        Assert.Equal(6000, refund.Amount.Refund);
        var again = await client.RefundAsync("E20240601001", "R20240601001", 6000, 6000);
        Assert.Equal(refund.RefundId, again.RefundId);
        var tooMuch = await Assert.ThrowsAsync<WeChatPayException>(() => client.RefundAsync("E20240601001", "R20240601002", 1, 6000));
        Assert.Equal("NOT_ENOUGH", tooMuch.Code);
        Assert.Equal(WeChatPayTradeState.Refund, (await client.QueryByOutTradeNoAsync("E20240601001")).TradeState);

        using var trade = JsonDocument.Parse(await http.GetStringAsync($"{emulator.BaseUrl}/emulator/wechatpay/trades/E20240601001"));
        Assert.Equal("REFUND", trade.RootElement.GetProperty("status").GetString());
        Assert.Equal(6000, trade.RootElement.GetProperty("refundedFen").GetInt64());
        Assert.True(trade.RootElement.GetProperty("notificationsSent").GetInt32() >= 2);

        await client.CreateNativeOrderAsync("E20240601002", "2024年中级会计考试报名费", 12000, expiresAt);
        await client.CloseAsync("E20240601002");
        Assert.Equal(WeChatPayTradeState.Closed, (await client.QueryByOutTradeNoAsync("E20240601002")).TradeState);
        using var payClosed = await http.PostAsync($"{emulator.BaseUrl}/emulator/wechatpay/trades/E20240601002/pay", null);
        Assert.Equal(HttpStatusCode.Conflict, payClosed.StatusCode);
        var reopen = await Assert.ThrowsAsync<WeChatPayException>(() =>
            client.CreateNativeOrderAsync("E20240601002", "2024年中级会计考试报名费", 12000, expiresAt));
        Assert.Equal("ORDER_CLOSED", reopen.Code);

        var closePaid = await Assert.ThrowsAsync<WeChatPayException>(() => client.CloseAsync("E20240601001"));
        Assert.Equal("ORDERPAID", closePaid.Code);
        var missing = await Assert.ThrowsAsync<WeChatPayException>(() => client.QueryByOutTradeNoAsync("E-NONE"));
        Assert.Equal(("ORDER_NOT_EXIST", HttpStatusCode.NotFound), (missing.Code, missing.StatusCode));
    }

    [Fact]
    public async Task The_emulator_refuses_a_request_signed_with_another_key_or_serial()
    {
        await using var emulator = await RunningWeChatPayEmulator.StartAsync();
        using var http = new HttpClient();
        var otherKey = ClientWith(emulator, http, o => o.MerchantPrivateKey = WeChatPayTestKeys.Generate().Private);
        var otherSerial = ClientWith(emulator, http, o => o.MerchantSerialNo = "0000000000000000000000000000000000000000");
        var skewed = ClientWith(emulator, http, _ => { }, new FixedClock(TimeProvider.System.GetUtcNow().AddMinutes(-10)));

        foreach (var client in new[] { otherKey, otherSerial })
        {
            var refused = await Assert.ThrowsAsync<WeChatPayException>(() => client.QueryByOutTradeNoAsync("E1"));
            Assert.Equal(("SIGN_ERROR", HttpStatusCode.Unauthorized), (refused.Code, refused.StatusCode));
        }
        // Ten minutes behind: WeChat Pay refuses the request, and the client would refuse WeChat Pay's answer as stale.
        await Assert.ThrowsAnyAsync<Exception>(() => skewed.QueryByOutTradeNoAsync("E1"));
    }

    [Fact]
    public async Task An_answer_from_another_platform_key_is_not_believed()
    {
        await using var emulator = await RunningWeChatPayEmulator.StartAsync();
        using var http = new HttpClient();
        var client = ClientWith(emulator, http, o => o.PlatformPublicKey = WeChatPayTestKeys.Generate().Public);

        await Assert.ThrowsAsync<WeChatPaySignatureException>(() =>
            client.CreateNativeOrderAsync("E-FORGED", "报名费", 100, TimeProvider.System.GetUtcNow().AddMinutes(30)));
    }

    private static WeChatPayClient ClientWith(
        RunningWeChatPayEmulator emulator, HttpClient http, Action<WeChatPayOptions> change, TimeProvider? clock = null)
    {
        var options = emulator.MerchantOptions;
        change(options);
        return new WeChatPayClient(http, Microsoft.Extensions.Options.Options.Create(options), clock ?? TimeProvider.System);
    }

    private static async Task<WeChatPayPaymentNotification> ReceivedAsync(RunningWeChatPayEmulator emulator)
    {
        for (var i = 0; i < 100; i++)
        {
            if (emulator.Received.TryPeek(out var notification))
                return notification;
            await Task.Delay(100);
        }
        throw new TimeoutException("No callback was accepted within 10 s.");
    }
}

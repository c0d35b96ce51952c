using System.Text.Json.Nodes;
using AccountingPlatform.Channels.WeChatPay;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.UnitTests.Channels.WeChatPay;

/// <summary>A callback is believed only when the platform signed it, under its serial, lately, and its resource decrypts.</summary>
public sealed class WeChatPayNotificationReaderTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private const string Transaction = """
        {"appid":"wxd678efh567hg6787","mchid":"1900009191","out_trade_no":"E20240601001","transaction_id":"4200000985202406010000000001",
         "trade_type":"NATIVE","trade_state":"SUCCESS","trade_state_desc":"支付成功","success_time":"2024-06-01T16:00:00+08:00",
         "amount":{"total":6000,"payer_total":6000,"currency":"CNY","payer_currency":"CNY"}}
        """;

    private static WeChatPayNotificationReader Reader() => new(Options.Create(new WeChatPayOptions
    {
        MchId = WeChatPayTestKeys.MchId,
        AppId = WeChatPayTestKeys.AppId,
        PlatformSerialNo = WeChatPayTestKeys.PlatformSerialNo,
        PlatformPublicKey = WeChatPayTestKeys.PlatformPublicKey,
        ApiV3Key = WeChatPayTestKeys.ApiV3Key,
    }), new FixedClock(Now));

    internal static string Body(string? ciphertext = null)
    {
        const string nonce = "fdasflkja484";
        return new JsonObject
        {
            ["id"] = "EV-2018022511223320873",
            ["create_time"] = "2024-06-01T16:00:01+08:00",
            ["resource_type"] = "encrypt-resource",
            ["event_type"] = "TRANSACTION.SUCCESS",
            ["summary"] = "支付成功",
            ["resource"] = new JsonObject
            {
                ["original_type"] = "transaction",
                ["algorithm"] = "AEAD_AES_256_GCM",
                ["ciphertext"] = ciphertext ?? WeChatPayResourceCipher.Encrypt(WeChatPayTestKeys.ApiV3Key, nonce, "transaction", Transaction),
                ["associated_data"] = "transaction",
                ["nonce"] = nonce,
            },
        }.ToJsonString();
    }

    [Fact]
    public void A_signed_callback_gives_the_decrypted_transaction()
    {
        var body = Body();

        var notification = Reader().Read(WeChatPaySignatureTests.Signed(body, Now), body);

        Assert.Equal("EV-2018022511223320873", notification.Id);
        Assert.Equal("TRANSACTION.SUCCESS", notification.EventType);
        var transaction = notification.Transaction;
        Assert.Equal("E20240601001", transaction.OutTradeNo);
        Assert.Equal("4200000985202406010000000001", transaction.TransactionId);
        Assert.Equal(WeChatPayTradeState.Success, transaction.TradeState);
        Assert.True(transaction.IsPaid);
        Assert.Equal(6000, transaction.Amount!.Total);
        Assert.Equal(WeChatPayTestKeys.MchId, transaction.MchId);
        Assert.Equal(WeChatPayTestKeys.AppId, transaction.AppId);
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.Zero), transaction.SuccessTime);
    }

    [Fact]
    public void A_callback_signed_with_another_key_is_refused()
    {
        var body = Body();
        Assert.Throws<WeChatPaySignatureException>(() =>
            Reader().Read(WeChatPaySignatureTests.Signed(body, Now, WeChatPayTestKeys.Generate().Private), body));
    }

    [Fact]
    public void A_callback_under_another_serial_is_refused()
    {
        var body = Body();
        Assert.Throws<WeChatPaySignatureException>(() =>
            Reader().Read(WeChatPaySignatureTests.Signed(body, Now, serial: "7132D72A03E93CDDF8C03BBD1F37EEDF"), body));
    }

    [Fact]
    public void A_replayed_callback_older_than_five_minutes_is_refused()
    {
        var body = Body();
        Assert.Throws<WeChatPaySignatureException>(() =>
            Reader().Read(WeChatPaySignatureTests.Signed(body, Now.AddMinutes(-6)), body));
    }

    [Fact]
    public void A_changed_body_no_longer_matches_its_signature()
    {
        var body = Body();
        var headers = WeChatPaySignatureTests.Signed(body, Now);
        Assert.Throws<WeChatPaySignatureException>(() => Reader().Read(headers, body.Replace("EV-2018022511223320873", "EV-2018022511223320874", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_tampered_ciphertext_is_refused_even_when_the_signature_over_it_holds()
    {
        var bytes = Convert.FromBase64String(WeChatPayResourceCipher.Encrypt(WeChatPayTestKeys.ApiV3Key, "fdasflkja484", "transaction", Transaction));
        bytes[10] ^= 0x20;
        var body = Body(Convert.ToBase64String(bytes));

        Assert.Throws<WeChatPaySignatureException>(() => Reader().Read(WeChatPaySignatureTests.Signed(body, Now), body));
    }
}

using AccountingPlatform.Channels.WeChatPay;

namespace AccountingPlatform.UnitTests.Channels.WeChatPay;

public sealed class WeChatPaySignatureTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1554208460);

    [Fact]
    public void Request_message_is_five_lines_each_ending_in_a_newline()
    {
        // The docs' own example (GET /v3/certificates, 签名生成): the empty body still ends with \n.
        Assert.Equal(
            "GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n",
            WeChatPaySignature.BuildRequestMessage("GET", "/v3/certificates", 1554208460, "593BEC0C930BF1AFEB40B4A08C8FB242", ""));
    }

    [Fact]
    public void Request_signature_made_with_the_merchant_key_verifies_with_its_public_key_only()
    {
        var message = WeChatPaySignature.BuildRequestMessage("POST", "/v3/pay/transactions/native", 1554208460, "N1", """{"a":"报名费"}""");
        using var merchantKey = WeChatPayKeys.ImportPrivateKey(WeChatPayTestKeys.MerchantPrivateKey);
        using var merchantPublic = WeChatPayKeys.ImportPublicKey(WeChatPayTestKeys.MerchantPublicKey);
        using var platformPublic = WeChatPayKeys.ImportPublicKey(WeChatPayTestKeys.PlatformPublicKey);

        var signature = WeChatPaySignature.Sign(message, merchantKey);

        Assert.True(WeChatPaySignature.Verify(message, signature, merchantPublic));
        Assert.False(WeChatPaySignature.Verify(message.Replace("报名费", "报名费 ", StringComparison.Ordinal), signature, merchantPublic));
        Assert.False(WeChatPaySignature.Verify(message, signature, platformPublic));
        Assert.False(WeChatPaySignature.Verify(message, "not base64!", merchantPublic));
    }

    [Fact]
    public void Authorization_header_reads_back_in_any_item_order()
    {
        var authorization = new WeChatPayAuthorization("1900009191", "593BEC0C930BF1AFEB40B4A08C8FB242", "c2ln", 1554208460, "1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C");
        Assert.Equal(
            """WECHATPAY2-SHA256-RSA2048 mchid="1900009191",nonce_str="593BEC0C930BF1AFEB40B4A08C8FB242",signature="c2ln",timestamp="1554208460",serial_no="1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C" """.TrimEnd(),
            authorization.ToHeaderValue());
        Assert.Equal(authorization, WeChatPayAuthorization.Parse(authorization.ToHeaderValue()));
        Assert.Equal(authorization, WeChatPayAuthorization.Parse(
            """WECHATPAY2-SHA256-RSA2048 serial_no="1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C",timestamp="1554208460",signature="c2ln",nonce_str="593BEC0C930BF1AFEB40B4A08C8FB242",mchid="1900009191" """.TrimEnd()));
        Assert.Null(WeChatPayAuthorization.Parse("""Bearer mchid="1" """));
        Assert.Null(WeChatPayAuthorization.Parse("""WECHATPAY2-SHA256-RSA2048 mchid="1",nonce_str="n" """.TrimEnd()));
    }

    [Fact]
    public void Answer_signed_by_the_platform_verifies_and_an_empty_204_body_too()
    {
        using var platformPublic = WeChatPayKeys.ImportPublicKey(WeChatPayTestKeys.PlatformPublicKey);
        foreach (var body in new[] { """{"code_url":"weixin://wxpay/bizpayurl?pr=1"}""", "" })
            WeChatPaySignatureVerifier.Verify(Signed(body, Now), body, platformPublic, WeChatPayTestKeys.PlatformSerialNo, Now);
    }

    [Fact]
    public void Answer_is_refused_for_a_missing_header_another_serial_a_stale_time_or_a_bad_signature()
    {
        using var platformPublic = WeChatPayKeys.ImportPublicKey(WeChatPayTestKeys.PlatformPublicKey);
        const string body = """{"trade_state":"SUCCESS"}""";
        var good = Signed(body, Now);

        void Refused(WeChatPaySignedHeaders headers, string text, DateTimeOffset now) =>
            Assert.Throws<WeChatPaySignatureException>(() =>
                WeChatPaySignatureVerifier.Verify(headers, text, platformPublic, WeChatPayTestKeys.PlatformSerialNo, now));

        Refused(good with { Signature = null }, body, Now);
        Refused(good with { Serial = "OTHER" }, body, Now);
        Refused(good, body, Now.AddMinutes(5).AddSeconds(1));
        Refused(good, body, Now.AddMinutes(-6));
        Refused(good, body.Replace("SUCCESS", "REFUND", StringComparison.Ordinal), Now);
        Refused(good with { Nonce = "another" }, body, Now);
        Refused(Signed(body, Now, WeChatPayTestKeys.MerchantPrivateKey), body, Now);
        // Within the 5 minutes either way it passes.
        WeChatPaySignatureVerifier.Verify(good, body, platformPublic, WeChatPayTestKeys.PlatformSerialNo, Now.AddMinutes(4));
    }

    internal static WeChatPaySignedHeaders Signed(string body, DateTimeOffset at, string? privateKey = null, string serial = WeChatPayTestKeys.PlatformSerialNo)
    {
        using var key = WeChatPayKeys.ImportPrivateKey(privateKey ?? WeChatPayTestKeys.PlatformPrivateKey);
        var timestamp = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        const string nonce = "c5ac7061fccab6bf3e254dcf98995b8c";
        return new WeChatPaySignedHeaders(timestamp, nonce, WeChatPaySignature.Sign(WeChatPaySignature.BuildResponseMessage(timestamp, nonce, body), key), serial);
    }
}

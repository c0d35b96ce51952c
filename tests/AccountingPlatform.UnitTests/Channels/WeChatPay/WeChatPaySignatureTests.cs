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

    /// <summary>
    /// Request messages asserted by the official SDKs: wechatpay-go core/auth/credentials/wechat_pay_credential_test.go
    /// (a body that itself ends in \n keeps it, then the line's own \n) and wechatpay-java
    /// core/src/test/java/com/wechat/pay/java/core/auth/WechatPay2CredentialTest.java (path with its query string).
    /// </summary>
    [Theory]
    [InlineData("GET", "/v3/certificates", 1624523846, "A1B2C3D4E5F6G7", "", "GET\n/v3/certificates\n1624523846\nA1B2C3D4E5F6G7\n\n")]
    [InlineData("POST", "/v3/certificates", 1624523846, "A1B2C3D4E5F6G7", "Hello World!\n", "POST\n/v3/certificates\n1624523846\nA1B2C3D4E5F6G7\nHello World!\n\n")]
    [InlineData("GET", "/v3/pay/transactions/id/1217752501201407033233368018?mchid=1230000109", 1652750623, "eBYqCOxa0QudMnPvVilkTzOg3gHh5Z3u", "",
        "GET\n/v3/pay/transactions/id/1217752501201407033233368018?mchid=1230000109\n1652750623\neBYqCOxa0QudMnPvVilkTzOg3gHh5Z3u\n\n")]
    public void Request_message_matches_the_official_sdks(string method, string url, long timestamp, string nonce, string body, string expected)
    {
        Assert.Equal(expected, WeChatPaySignature.BuildRequestMessage(method, url, timestamp, nonce, body));
    }

    /// <summary>wechatpay-go utils/sign_test.go and core/auth/verifiers/sha256withrsa_verifier_test.go (see <see cref="WeChatPaySdkVectors"/>).</summary>
    [Fact]
    public void The_go_sdk_signature_is_reproduced_and_verifies_with_its_certificate()
    {
        using var key = WeChatPayKeys.ImportPrivateKey(WeChatPaySdkVectors.GoPrivateKeyPem);
        using var certificate = WeChatPayKeys.ImportPublicKey(WeChatPaySdkVectors.GoVerifierCertificate);

        Assert.Equal(WeChatPaySdkVectors.GoSignature, WeChatPaySignature.Sign(WeChatPaySdkVectors.GoMessage, key));
        Assert.True(WeChatPaySignature.Verify("source", WeChatPaySdkVectors.GoSignature, certificate));
        Assert.False(WeChatPaySignature.Verify("wrong source", WeChatPaySdkVectors.GoSignature, certificate));
    }

    /// <summary>wechatpay-java RSAVerifierTest: the test merchant key's signature of "message" (see <see cref="WeChatPaySdkVectors"/>).</summary>
    [Fact]
    public void The_java_sdk_signature_is_reproduced_and_verifies_with_its_certificate()
    {
        using var key = WeChatPayKeys.ImportPrivateKey(WeChatPaySdkVectors.JavaMerchantPrivateKey);
        using var certificate = WeChatPayKeys.ImportPublicKey(WeChatPaySdkVectors.JavaMerchantCertificate);

        Assert.Equal(WeChatPaySdkVectors.JavaSignature, WeChatPaySignature.Sign(WeChatPaySdkVectors.JavaMessage, key));
        Assert.True(WeChatPaySignature.Verify(WeChatPaySdkVectors.JavaMessage, WeChatPaySdkVectors.JavaSignature, certificate));
    }

    /// <summary>
    /// wechatpay-go core/notify/notify_test.go: a callback's Wechatpay-* headers and exact body, checked at the SDK test's
    /// clock (1624523846) against its platform certificate, pass our verifier; one changed byte of the body does not.
    /// </summary>
    [Fact]
    public void The_go_sdk_callback_passes_our_verifier()
    {
        using var certificate = WeChatPayKeys.ImportPublicKey(WeChatPaySdkVectors.NotifyCertificate);
        var headers = new WeChatPaySignedHeaders(
            WeChatPaySdkVectors.NotifyTimestamp, WeChatPaySdkVectors.NotifyNonce, WeChatPaySdkVectors.NotifySignature, WeChatPaySdkVectors.NotifySerial);
        var now = DateTimeOffset.FromUnixTimeSeconds(WeChatPaySdkVectors.NotifyNow);

        WeChatPaySignatureVerifier.Verify(headers, WeChatPaySdkVectors.NotifyBody, certificate, WeChatPaySdkVectors.NotifySerial, now);

        var changed = WeChatPaySdkVectors.NotifyBody.Replace("签约成功", "签约失败", StringComparison.Ordinal);
        Assert.Throws<WeChatPaySignatureException>(() =>
            WeChatPaySignatureVerifier.Verify(headers, changed, certificate, WeChatPaySdkVectors.NotifySerial, now));
    }

    internal static WeChatPaySignedHeaders Signed(string body, DateTimeOffset at, string? privateKey = null, string serial = WeChatPayTestKeys.PlatformSerialNo)
    {
        using var key = WeChatPayKeys.ImportPrivateKey(privateKey ?? WeChatPayTestKeys.PlatformPrivateKey);
        var timestamp = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        const string nonce = "c5ac7061fccab6bf3e254dcf98995b8c";
        return new WeChatPaySignedHeaders(timestamp, nonce, WeChatPaySignature.Sign(WeChatPaySignature.BuildResponseMessage(timestamp, nonce, body), key), serial);
    }
}

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using AccountingPlatform.Channels.Alipay;

namespace AccountingPlatform.UnitTests.Channels;

public sealed class AlipaySignatureTests
{
    private static KeyValuePair<string, string?> P(string key, string? value) => new(key, value);

    [Fact]
    public void Sign_content_sorts_keys_by_ordinal()
    {
        var content = AlipaySignature.BuildSignContent(
            [P("b", "5"), P("ab", "4"), P("a", "2"), P("A", "1"), P("a_b", "3")], excludeSignType: false);

        // Ordinal: upper case before lower case, '_' (0x5F) before 'b' (0x62).
        Assert.Equal("A=1&a=2&a_b=3&ab=4&b=5", content);
    }

    [Fact]
    public void Sign_content_drops_null_and_empty_values()
    {
        var content = AlipaySignature.BuildSignContent(
            [P("app_id", "2021000000000001"), P("notify_url", null), P("return_url", ""), P("version", "1.0")], excludeSignType: false);

        Assert.Equal("app_id=2021000000000001&version=1.0", content);
    }

    [Fact]
    public void Request_sign_content_drops_sign_but_keeps_sign_type()
    {
        var content = AlipaySignature.BuildSignContent(
            [P("sign", "abc"), P("sign_type", "RSA2"), P("method", "alipay.trade.query")], excludeSignType: false);

        Assert.Equal("method=alipay.trade.query&sign_type=RSA2", content);
    }

    [Fact]
    public void Notification_sign_content_drops_sign_and_sign_type()
    {
        var content = AlipaySignature.BuildSignContent(
            [P("sign", "abc"), P("sign_type", "RSA2"), P("trade_status", "TRADE_SUCCESS")], excludeSignType: true);

        Assert.Equal("trade_status=TRADE_SUCCESS", content);
    }

    [Fact]
    public void Sign_content_uses_raw_values_not_url_encoded()
    {
        var content = AlipaySignature.BuildSignContent(
            [P("biz_content", """{"subject":"会计 考试&报名=1"}""")], excludeSignType: false);

        Assert.Equal("""biz_content={"subject":"会计 考试&报名=1"}""", content);
    }

    [Fact]
    public void Signature_round_trips_and_is_sha256_with_pkcs1_padding()
    {
        using var key = RSA.Create(2048);
        const string content = "app_id=2021000000000001&biz_content={\"subject\":\"会计证报名费\"}&charset=utf-8";

        var signature = AlipaySignature.Sign(content, key);

        Assert.True(AlipaySignature.Verify(content, signature, key));
        // Checked independently of Verify: RSA2 is SHA256withRSA over the UTF-8 bytes, PKCS#1 v1.5.
        Assert.True(key.VerifyData(Encoding.UTF8.GetBytes(content), Convert.FromBase64String(signature),
            HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        Assert.Equal(256, Convert.FromBase64String(signature).Length);
    }

    [Fact]
    public void Tampered_content_does_not_verify()
    {
        using var key = RSA.Create(2048);
        var signature = AlipaySignature.Sign("total_amount=88.00", key);

        Assert.False(AlipaySignature.Verify("total_amount=0.01", signature, key));
    }

    [Fact]
    public void Tampered_signature_does_not_verify()
    {
        using var key = RSA.Create(2048);
        var bytes = Convert.FromBase64String(AlipaySignature.Sign("total_amount=88.00", key));
        bytes[10] ^= 0x01;

        Assert.False(AlipaySignature.Verify("total_amount=88.00", Convert.ToBase64String(bytes), key));
    }

    [Fact]
    public void Signature_from_another_key_does_not_verify()
    {
        using var key = RSA.Create(2048);
        using var other = RSA.Create(2048);

        Assert.False(AlipaySignature.Verify("a=1", AlipaySignature.Sign("a=1", other), key));
    }

    [Theory]
    [InlineData("not base64!!")]
    [InlineData("")]
    [InlineData("QUJD")]
    public void Malformed_signature_is_false_not_an_exception(string signature)
    {
        using var key = RSA.Create(2048);

        Assert.False(AlipaySignature.Verify("a=1", signature, key));
    }

    [Fact]
    public void Keys_import_from_the_consoles_base64_der_form()
    {
        var (privateKey, publicKey) = TestRsaKeys.Generate();
        using var signer = AlipayKeys.ImportPrivateKey(privateKey);
        using var verifier = AlipayKeys.ImportPublicKey(publicKey);

        Assert.True(AlipaySignature.Verify("a=1", AlipaySignature.Sign("a=1", signer), verifier));
    }

    [Fact]
    public void Private_key_in_pkcs1_form_is_accepted_too()
    {
        using var original = RSA.Create(2048);
        using var signer = AlipayKeys.ImportPrivateKey(Convert.ToBase64String(original.ExportRSAPrivateKey()));

        Assert.True(AlipaySignature.Verify("a=1", AlipaySignature.Sign("a=1", signer), original));
    }

    [Fact]
    public void Key_that_is_not_a_key_is_refused()
    {
        Assert.ThrowsAny<CryptographicException>(() => AlipayKeys.ImportPrivateKey(Convert.ToBase64String(new byte[64])));
        Assert.Throws<ArgumentException>(() => AlipayKeys.ImportPublicKey("not base64!"));
    }

    /// <summary>
    /// The example of Alipay's open-platform page 自行实现签名 (如何签名, 2. 拼接: the request's parameters and "则待签名字符串为"),
    /// as reproduced at https://juejin.cn/post/6844903816484110349 (原文链接 alipay.open.taobao.com): sign dropped,
    /// sign_type kept, keys sorted, raw values.
    /// </summary>
    [Fact]
    public void Sign_content_matches_alipays_documented_example()
    {
        const string bizContent = """{"button":[{"actionParam":"ZFB_HFCZ","actionType":"out","name":"话费充值"},{"name":"查询","subButton":[{"actionParam":"ZFB_YECX","actionType":"out","name":"余额查询"},{"actionParam":"ZFB_LLCX","actionType":"out","name":"流量查询"},{"actionParam":"ZFB_HFCX","actionType":"out","name":"话费查询"}]},{"actionParam":"http://m.alipay.com","actionType":"link","name":"最新优惠"}]}""";

        var content = AlipaySignature.BuildSignContent(
            [
                P("app_id", "2014072300007148"), P("method", "alipay.mobile.public.menu.add"), P("charset", "GBK"),
                P("sign_type", "RSA2"), P("timestamp", "2014-07-24 03:07:50"), P("biz_content", bizContent),
                P("sign", "e9zEAe4TTQ4LPLQvETPoLGXTiURcxiAKfMVQ6Hrrsx2hmyIEGvSfAQzbLxHrhyZ48wOJXTsD4FPnt+YGdK57+fP1BCbf9rIVycfjhYCqlFhbTu9pFnZgT55W+xbAFb9y7vL0MyAxwXUXvZtQVqEwW7pURtKilbcBTEW7TAxzgro="),
                P("version", "1.0"),
            ],
            excludeSignType: false);

        Assert.Equal(
            """app_id=2014072300007148&biz_content={"button":[{"actionParam":"ZFB_HFCZ","actionType":"out","name":"话费充值"},{"name":"查询","subButton":[{"actionParam":"ZFB_YECX","actionType":"out","name":"余额查询"},{"actionParam":"ZFB_LLCX","actionType":"out","name":"流量查询"},{"actionParam":"ZFB_HFCX","actionType":"out","name":"话费查询"}]},{"actionParam":"http://m.alipay.com","actionType":"link","name":"最新优惠"}]}&charset=GBK&method=alipay.mobile.public.menu.add&sign_type=RSA2&timestamp=2014-07-24 03:07:50&version=1.0""",
            content);
    }

    /// <summary>The official Java SDK's RSACheckTest vectors (see <see cref="AlipaySdkVectors"/>): signatures made by Alipay's own code.</summary>
    [Fact]
    public void The_official_java_sdk_rsa2_signatures_verify_over_our_sign_content()
    {
        using var publicKey = AlipaySdkAppPublicKey();
        var plain = AlipaySdkVectors.Rsa2Parameters();
        var chinese = AlipaySdkVectors.Utf8Parameters();

        Assert.Equal("app_id=2019090366875133&method=koubei.marketing.data.indicator.query&sign_type=RSA2",
            AlipaySignature.BuildSignContent(plain, excludeSignType: false));
        Assert.Equal("app_id=2019090366875133&extra=中文测试&method=koubei.marketing.data.indicator.query&sign_type=RSA2",
            AlipaySignature.BuildSignContent(chinese, excludeSignType: false));
        foreach (var parameters in new[] { plain, chinese })
        {
            var sign = parameters["sign"]!;
            Assert.True(AlipaySignature.Verify(AlipaySignature.BuildSignContent(parameters, excludeSignType: false), sign, publicKey));
            // sign_type was signed: the content without it (the notification rule) does not verify.
            Assert.False(AlipaySignature.Verify(AlipaySignature.BuildSignContent(parameters, excludeSignType: true), sign, publicKey));
        }
        chinese["extra"] = "中文测式";
        Assert.False(AlipaySignature.Verify(AlipaySignature.BuildSignContent(chinese, excludeSignType: false), chinese["sign"]!, publicKey));
    }

    /// <summary>The SDK test app's public key, in the base64 SubjectPublicKeyInfo form our options take.</summary>
    private static RSA AlipaySdkAppPublicKey()
    {
        using var certificate = X509Certificate2.CreateFromPem(AlipaySdkVectors.AppCertificate);
        using var rsa = certificate.GetRSAPublicKey()!;
        return AlipayKeys.ImportPublicKey(Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()));
    }
}

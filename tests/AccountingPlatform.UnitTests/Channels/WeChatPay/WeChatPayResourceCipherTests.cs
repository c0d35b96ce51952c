using System.Security.Cryptography.X509Certificates;
using System.Text;
using AccountingPlatform.Channels.WeChatPay;

namespace AccountingPlatform.UnitTests.Channels.WeChatPay;

public sealed class WeChatPayResourceCipherTests
{
    private const string Transaction = """{"mchid":"1900009191","out_trade_no":"E1","trade_state":"SUCCESS","amount":{"total":6000}}""";

    [Fact]
    public void A_resource_encrypted_with_the_apiv3_key_decrypts_to_the_same_text()
    {
        var ciphertext = WeChatPayResourceCipher.Encrypt(WeChatPayTestKeys.ApiV3Key, "fdasflkja484", "transaction", Transaction);

        // The last 16 bytes are the GCM tag.
        Assert.Equal(Encoding.UTF8.GetByteCount(Transaction) + 16, Convert.FromBase64String(ciphertext).Length);
        Assert.Equal(Transaction, WeChatPayResourceCipher.Decrypt(WeChatPayTestKeys.ApiV3Key, "fdasflkja484", "transaction", ciphertext));
    }

    [Fact]
    public void Another_key_nonce_associated_data_or_a_changed_byte_fails_authentication()
    {
        var ciphertext = WeChatPayResourceCipher.Encrypt(WeChatPayTestKeys.ApiV3Key, "fdasflkja484", "transaction", Transaction);
        var bytes = Convert.FromBase64String(ciphertext);
        bytes[3] ^= 1;
        var tampered = Convert.ToBase64String(bytes);

        Assert.Throws<WeChatPaySignatureException>(() => WeChatPayResourceCipher.Decrypt("vutsrqponmlkjihgfedcba9876543210", "fdasflkja484", "transaction", ciphertext));
        Assert.Throws<WeChatPaySignatureException>(() => WeChatPayResourceCipher.Decrypt(WeChatPayTestKeys.ApiV3Key, "fdasflkja485", "transaction", ciphertext));
        Assert.Throws<WeChatPaySignatureException>(() => WeChatPayResourceCipher.Decrypt(WeChatPayTestKeys.ApiV3Key, "fdasflkja484", "certificate", ciphertext));
        Assert.Throws<WeChatPaySignatureException>(() => WeChatPayResourceCipher.Decrypt(WeChatPayTestKeys.ApiV3Key, "fdasflkja484", "transaction", tampered));
        Assert.Throws<WeChatPaySignatureException>(() => WeChatPayResourceCipher.Decrypt(WeChatPayTestKeys.ApiV3Key, "fdasflkja484", "transaction", "not base64"));
    }

    [Fact]
    public void An_apiv3_key_that_is_not_32_bytes_is_a_configuration_error()
    {
        Assert.Throws<InvalidOperationException>(() => WeChatPayResourceCipher.Decrypt("short", "fdasflkja484", "", "AAAAAAAAAAAAAAAAAAAAAA=="));
    }

    /// <summary>
    /// WeChat Pay's decryption page (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/certificate-callback-decryption.html)
    /// publishes no worked example. The official Go SDK's test vector (github.com/wechatpay-apiv3/wechatpay-go,
    /// utils/aes_test.go) is the nearest published one; its key "testAPIv3Key0000" has 16 bytes, so it is AES-128-GCM with
    /// the same layout (UTF-8 nonce and associated data, tag last). It checks the layout, not the 32-byte key rule; the Java
    /// SDK's vectors below use a 32-byte key.
    /// </summary>
    [Fact]
    public void The_official_go_sdk_vector_decrypts_with_the_same_layout()
    {
        var plaintext = WeChatPayResourceCipher.Decrypt(
            Encoding.UTF8.GetBytes("testAPIv3Key0000"), "wCq51qZv4Yfg", "Dl56FrqWQJF1t9LtC3vEUsniZKvbqdR8", "FsdXzxryWfKwvLJKf8LG/ToRPTRh8RN9wROC");

        Assert.Equal("Hello World", plaintext);
        Assert.Throws<WeChatPaySignatureException>(() => WeChatPayResourceCipher.Decrypt(
            Encoding.UTF8.GetBytes("testAPIv3Key1111"), "wCq51qZv4Yfg", "Dl56FrqWQJF1t9LtC3vEUsniZKvbqdR8", "FsdXzxryWfKwvLJKf8LG/ToRPTRh8RN9wROC"));
    }

    /// <summary>
    /// The official Java SDK's vector with a real 32-byte APIv3 key (wechatpay-java
    /// core/src/test/java/com/wechat/pay/java/core/cipher/AeadAesCipherTest.java, key from TestConfig.API_V3_KEY): it
    /// asserts both directions, so our encryption must give the same text too.
    /// </summary>
    [Fact]
    public void The_official_java_sdk_vector_decrypts_and_encrypts_alike()
    {
        const string ciphertext = "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI=";

        Assert.Equal("message", WeChatPayResourceCipher.Decrypt(WeChatPaySdkVectors.JavaApiV3Key, "uluk4a9R25RW", "associatedData", ciphertext));
        Assert.Equal(ciphertext, WeChatPayResourceCipher.Encrypt(WeChatPaySdkVectors.JavaApiV3Key, "uluk4a9R25RW", "associatedData", "message"));
        Assert.Throws<WeChatPaySignatureException>(() =>
            WeChatPayResourceCipher.Decrypt(WeChatPaySdkVectors.JavaApiV3Key, "uluk4a9R25RW", "bad-associatedData", ciphertext));
        Assert.Throws<WeChatPaySignatureException>(() =>
            WeChatPayResourceCipher.Decrypt(WeChatPaySdkVectors.JavaApiV3Key, "bad-4a9R25RW", "associatedData", ciphertext));
    }

    /// <summary>
    /// wechatpay-java TestConfig.DOWNLOAD_CERTIFICATE_RESPONSE: an encrypted platform certificate (associated data
    /// "certificate") that decrypts with the 32-byte APIv3 key to the certificate whose serial the answer names.
    /// </summary>
    [Fact]
    public void The_official_java_sdk_certificate_download_decrypts_to_the_named_certificate()
    {
        var pem = WeChatPayResourceCipher.Decrypt(
            WeChatPaySdkVectors.JavaApiV3Key, WeChatPaySdkVectors.JavaCertificateNonce, "certificate", WeChatPaySdkVectors.JavaCertificateCiphertext);

        using var certificate = X509Certificate2.CreateFromPem(pem);
        Assert.Equal(WeChatPaySdkVectors.JavaCertificateSerial, certificate.SerialNumber);
    }

    /// <summary>wechatpay-go core/notify/notify_test.go: the callback's resource (16-byte key "testMchAPIv3Key0", so AES-128-GCM, same layout).</summary>
    [Fact]
    public void The_official_go_sdk_callback_resource_decrypts()
    {
        var plaintext = WeChatPayResourceCipher.Decrypt(
            Encoding.UTF8.GetBytes(WeChatPaySdkVectors.NotifyApiV3Key), WeChatPaySdkVectors.NotifyResourceNonce,
            WeChatPaySdkVectors.NotifyResourceAssociatedData, WeChatPaySdkVectors.NotifyResourceCiphertext);

        Assert.Equal(WeChatPaySdkVectors.NotifyPlaintext, plaintext);
    }
}

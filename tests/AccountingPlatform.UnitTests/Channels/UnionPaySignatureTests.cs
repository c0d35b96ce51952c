using System.Security.Cryptography;
using System.Text;
using AccountingPlatform.Channels.UnionPay;

namespace AccountingPlatform.UnitTests.Channels;

public sealed class UnionPaySignatureTests
{
    private static Dictionary<string, string?> Fields() => new(StringComparer.Ordinal)
    {
        ["version"] = "5.1.0",
        ["signMethod"] = "01",
        ["merId"] = "777290058110048",
        ["certId"] = "69629715588",
        ["orderId"] = "E20240601000001",
        ["txnAmt"] = "8800",
        ["reqReserved"] = "",
    };

    [Fact]
    public void Sign_content_is_sorted_raw_pairs_without_signature_and_blank_values()
    {
        var fields = Fields();
        fields["signature"] = "x";

        Assert.Equal("certId=69629715588&merId=777290058110048&orderId=E20240601000001&signMethod=01&txnAmt=8800&version=5.1.0",
            UnionPaySignature.BuildSignContent(fields));
    }

    [Fact]
    public void What_is_signed_is_the_lowercase_hex_sha256_of_the_sign_content()
    {
        var fields = Fields();
        using var key = UnionPayKeys.ImportPrivateKey(UnionPayTestKeys.MerchantPrivateKey);
        var signature = UnionPaySignature.Sign(fields, key);

        var digest = UnionPaySignature.Digest(UnionPaySignature.BuildSignContent(fields));
        Assert.Matches("^[0-9a-f]{64}$", digest);
        using var publicKey = UnionPayKeys.ImportPublicKey(UnionPayTestKeys.MerchantPublicKey);
        Assert.True(publicKey.VerifyData(Encoding.UTF8.GetBytes(digest), Convert.FromBase64String(signature), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void A_signed_message_verifies_with_the_public_key()
    {
        var fields = Signed();
        using var publicKey = UnionPayKeys.ImportPublicKey(UnionPayTestKeys.MerchantPublicKey);

        Assert.True(UnionPaySignature.Verify(fields, publicKey));
    }

    [Theory]
    [InlineData("txnAmt", "1")]
    [InlineData("orderId", "E20240601000002")]
    [InlineData("reqReserved", "added")]
    public void A_tampered_field_is_refused(string field, string value)
    {
        var fields = Signed();
        fields[field] = value;
        using var publicKey = UnionPayKeys.ImportPublicKey(UnionPayTestKeys.MerchantPublicKey);

        Assert.False(UnionPaySignature.Verify(fields, publicKey));
    }

    [Fact]
    public void Another_key_or_a_missing_or_malformed_signature_is_refused()
    {
        using var otherKey = UnionPayKeys.ImportPublicKey(UnionPayTestKeys.PlatformPublicKey);
        Assert.False(UnionPaySignature.Verify(Signed(), otherKey));

        using var publicKey = UnionPayKeys.ImportPublicKey(UnionPayTestKeys.MerchantPublicKey);
        var unsigned = Signed();
        unsigned.Remove("signature");
        Assert.False(UnionPaySignature.Verify(unsigned, publicKey));
        var malformed = Signed();
        malformed["signature"] = "not base64!";
        Assert.False(UnionPaySignature.Verify(malformed, publicKey));
    }

    [Fact]
    public void A_certificate_pem_gives_its_public_key()
    {
        using var rsa = RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));

        using var key = UnionPayKeys.ImportPublicKey(certificate.ExportCertificatePem());

        Assert.Equal(rsa.ExportSubjectPublicKeyInfo(), key.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public void Answers_are_parsed_raw_with_braced_values_kept_whole()
    {
        var fields = UnionPayMessage.Parse("respCode=00&signature=ab+c/d==&reserved={a=1&b=2}&respMsg=成功[0000000]");

        Assert.Equal("00", fields["respCode"]);
        Assert.Equal("ab+c/d==", fields["signature"]);
        Assert.Equal("{a=1&b=2}", fields["reserved"]);
        Assert.Equal("成功[0000000]", fields["respMsg"]);
    }

    /// <summary>
    /// yansongda/pay's published request signature (see <see cref="UnionPaySdkVectors"/>), made with UnionPay's test
    /// signing key: same sign content, same digest step, same bytes.
    /// </summary>
    [Fact]
    public void The_published_request_signature_is_reproduced_with_unionpays_test_signing_key()
    {
        var fields = UnionPaySdkVectors.SignedRequestFields();
        using var key = UnionPayKeys.ImportPrivateKey(UnionPaySdkVectors.SignPrivateKey);

        Assert.Equal(UnionPaySdkVectors.RequestSignature, UnionPaySignature.Sign(fields, key));
    }

    /// <summary>An answer signed by UnionPay's test environment (see <see cref="UnionPaySdkVectors"/>) verifies, signPubKeyCert included in what is signed.</summary>
    [Fact]
    public void An_answer_signed_by_unionpays_test_environment_verifies()
    {
        var fields = UnionPaySdkVectors.AnswerFields();
        using var key = UnionPayKeys.ImportPublicKey(fields["signPubKeyCert"]!);

        Assert.True(UnionPaySignature.Verify(fields, key));

        var tampered = UnionPaySdkVectors.AnswerFields();
        tampered["settleAmt"] = "2";
        Assert.False(UnionPaySignature.Verify(tampered, key));
        var lineEndsChanged = UnionPaySdkVectors.AnswerFields();
        lineEndsChanged["signPubKeyCert"] = UnionPaySdkVectors.AnswerSignPubKeyCert.ReplaceLineEndings("\n");
        Assert.False(UnionPaySignature.Verify(lineEndsChanged, key));
    }

    private static Dictionary<string, string?> Signed()
    {
        var fields = Fields();
        using var key = UnionPayKeys.ImportPrivateKey(UnionPayTestKeys.MerchantPrivateKey);
        fields["signature"] = UnionPaySignature.Sign(fields, key);
        return fields;
    }
}

namespace AccountingPlatform.Channels.UnionPay;

/// <summary>The merchant's UnionPay (全渠道 gateway, 二维码支付) settings, section <c>Channels:UnionPay</c>.</summary>
public sealed class UnionPayOptions
{
    public const string SectionName = "Channels:UnionPay";

    /// <summary>
    /// The base of the back-end transaction URLs: <c>https://gateway.95516.com</c> (production),
    /// <c>https://gateway.test.95516.com</c> (test), or the emulator's <c>http://127.0.0.1:5190/unionpay</c>.
    /// The client appends <c>/gateway/api/backTransReq.do</c> and <c>/gateway/api/queryTrans.do</c>
    /// (paths as in jifuwei/lol pay-component-unionpay …/constant/UnionpayConstant.java, Api.URL_QR_CODE_*).
    /// </summary>
    public string GatewayUrl { get; set; } = "";

    /// <summary>The merchant code (<c>merId</c>, 15 digits) UnionPay assigned.</summary>
    public string MerId { get; set; } = "";

    /// <summary>
    /// <c>certId</c>: the decimal serial number of the merchant's signing certificate (the .pfx UnionPay issues);
    /// yansongda/pay src/Plugin/Unipay/Open/StartPlugin.php reads it as the certificate's serialNumber.
    /// </summary>
    public string CertId { get; set; } = "";

    /// <summary>The private key of that certificate, PEM (PKCS#8 <c>BEGIN PRIVATE KEY</c>; PKCS#1 accepted).</summary>
    public string MerchantPrivateKey { get; set; } = "";

    /// <summary>
    /// The key that verifies UnionPay's answers and notifications: PEM public key (<c>BEGIN PUBLIC KEY</c>) or
    /// UnionPay's signing certificate (<c>BEGIN CERTIFICATE</c>). Real UnionPay (version 5.1.0) sends its certificate
    /// in every answer as <c>signPubKeyCert</c> and its SDKs check that certificate's chain against UnionPay's root and
    /// middle certificates and its CN (essensoft paylink UnionPaySignature.VerifyAndGetPubKey). This adapter does not
    /// build that chain: it trusts only the key configured here and ignores <c>signPubKeyCert</c>, so a certificate
    /// UnionPay rotates must be configured again. Simpler, and never weaker than the chain check.
    /// </summary>
    public string UnionPayPublicKey { get; set; } = "";

    /// <summary>Where UnionPay posts the back-end notification (<c>backUrl</c>) of a QR payment or a refund.</summary>
    public string BackUrl { get; set; } = "";
}

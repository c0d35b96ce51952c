using System.Text.Json;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary><c>alipay.user.certify.open.initialize</c> and <c>alipay.user.certify.open.query</c>.</summary>
public sealed class CertifyMethods(CertificationStore store, TimeProvider time)
{
    private static KeyValuePair<string, object?> F(string key, object? value) => new(key, value);

    public AlipayReply Initialize(AlipayCall call)
    {
        var outerOrderNo = BizContent.GetString(call.Biz, "outer_order_no");
        var bizCode = BizContent.GetString(call.Biz, "biz_code");
        var identity = BizContent.GetObject(call.Biz, "identity_param");
        if (outerOrderNo is null) return AlipayReply.MissingParameter("outer_order_no");
        if (bizCode is null) return AlipayReply.MissingParameter("biz_code");
        if (identity is not { } id) return AlipayReply.MissingParameter("identity_param");

        var identityType = BizContent.GetString(id, "identity_type");
        var certType = BizContent.GetString(id, "cert_type");
        var certName = BizContent.GetString(id, "cert_name");
        var certNo = BizContent.GetString(id, "cert_no");
        if (identityType is null) return AlipayReply.MissingParameter("identity_param.identity_type");
        if (certType is null) return AlipayReply.MissingParameter("identity_param.cert_type");
        if (certName is null) return AlipayReply.MissingParameter("identity_param.cert_name");
        if (certNo is null) return AlipayReply.MissingParameter("identity_param.cert_no");

        var merchantConfig = BizContent.GetObject(call.Biz, "merchant_config");
        var returnUrl = merchantConfig is { } config ? BizContent.GetString(config, "return_url") : null;

        var certification = new Certification(Guid.NewGuid().ToString("N"), call.AppId, outerOrderNo, bizCode,
            identityType, certType, certName, certNo, returnUrl, time.GetUtcNow());
        store.Add(certification);
        return AlipayReply.Success(F("certify_id", certification.CertifyId));
    }

    public AlipayReply Query(AlipayCall call)
    {
        var certifyId = BizContent.GetString(call.Biz, "certify_id");
        if (certifyId is null) return AlipayReply.MissingParameter("certify_id");
        var certification = store.Find(certifyId);
        if (certification is null || certification.AppId != call.AppId)
            return AlipayReply.BusinessFailed("CERTIFY_ID_NOT_EXIST", "认证单据不存在"); // emulator's stand-in code

        return certification.Outcome switch
        {
            null => AlipayReply.Success(F("passed", "F"), F("fail_reason", "认证尚未完成")),
            CertificationOutcome.Pass => AlipayReply.Success(
                F("passed", "T"), F("identity_info", IdentityInfo(certification)), F("material_info", "{}")),
            CertificationOutcome.Fail => AlipayReply.Success(
                F("passed", "F"), F("fail_reason", "人脸比对未通过"),
                F("identity_info", IdentityInfo(certification)), F("material_info", "{}")),
            // The two sub_codes below are the emulator's stand-ins for how the real API reports a certification
            // refused because the Alipay account's real-name data differs, or because the account is at risk.
            CertificationOutcome.IdentityMismatch => AlipayReply.BusinessFailed(
                "CERTIFY_IDENTITY_MISMATCH", "支付宝账户实名信息与认证信息不一致"),
            CertificationOutcome.AccountRisk => AlipayReply.BusinessFailed(
                "CERTIFY_ACCOUNT_RISK", "您的支付宝账户存在安全风险，暂时无法完成认证"),
            _ => throw new InvalidOperationException($"Unknown outcome {certification.Outcome}"),
        };
    }

    // Like the real API, identity_info and material_info are JSON text inside a string field.
    private static string IdentityInfo(Certification c) => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["identity_type"] = c.IdentityType,
        ["cert_type"] = c.CertType,
        ["cert_name"] = c.CertName,
        ["cert_no"] = c.CertNo,
    }, AlipayJson.Relaxed);
}

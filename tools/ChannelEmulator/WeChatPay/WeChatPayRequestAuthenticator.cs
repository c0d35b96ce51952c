using AccountingPlatform.Channels.WeChatPay;
using Microsoft.AspNetCore.Http.Features;

namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>
/// Checks a merchant's <c>Authorization</c> as WeChat Pay does: the scheme, a known mchid, its certificate serial, a
/// timestamp within 5 minutes, and SHA256withRSA over <c>METHOD\nURL\ntimestamp\nnonce\nbody\n</c>; anything else is
/// 401 SIGN_ERROR. https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay4_0.shtml
/// </summary>
public static class WeChatPayRequestAuthenticator
{
    public static WeChatPayReply? TryAuthenticate(
        HttpContext http, string body, WeChatPayPlatform platform, DateTimeOffset now, out EmulatorWeChatPayMerchant? merchant)
    {
        merchant = null;
        var authorization = WeChatPayAuthorization.Parse(http.Request.Headers.Authorization.ToString());
        if (authorization is null)
            return WeChatPayReply.SignError("Http头Authorization值格式错误，请参考《微信支付商户REST API签名规则》");
        if (platform.FindMerchant(authorization.MchId) is not { } known)
            return WeChatPayReply.Error(StatusCodes.Status400BadRequest, "MCH_NOT_EXISTS", "商户号不存在");
        if (!string.Equals(authorization.SerialNo, known.MerchantSerialNo, StringComparison.OrdinalIgnoreCase))
            return WeChatPayReply.SignError("商户证书序列号有误。请使用签名私钥匹配的证书序列号");
        if ((now - DateTimeOffset.FromUnixTimeSeconds(authorization.Timestamp)).Duration() > WeChatPaySignatureVerifier.MaxClockSkew)
            return WeChatPayReply.SignError("Http头Authorization中的timestamp与发起请求的时间不得超过5分钟");

        // The URL exactly as the merchant sent it: path and query, undecoded.
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path + http.Request.QueryString;
        var message = WeChatPaySignature.BuildRequestMessage(
            http.Request.Method, target, authorization.Timestamp, authorization.NonceStr, body);
        if (!platform.VerifyFromMerchant(known.MchId, message, authorization.Signature))
            return WeChatPayReply.SignError("签名错误，请检查后再试");

        merchant = known;
        return null;
    }
}

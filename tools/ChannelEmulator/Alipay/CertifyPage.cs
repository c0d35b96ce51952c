using System.Net;
using System.Text;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>The HTML a person sees instead of Alipay's face certification (zh-CN).</summary>
public static class CertifyPage
{
    private static readonly (CertificationOutcome Outcome, string Label)[] Buttons =
    [
        (CertificationOutcome.Pass, "认证通过"),
        (CertificationOutcome.Fail, "人脸比对不通过"),
        (CertificationOutcome.IdentityMismatch, "支付宝实名信息与认证信息不一致"),
        (CertificationOutcome.AccountRisk, "支付宝账户存在安全风险"),
    ];

    public static string Render(Certification c)
    {
        var body = new StringBuilder()
            .Append("<p>这是<strong>支付宝人脸认证的模拟页面</strong>（开发、测试用），不会进行真实的人脸识别。请选择本次认证的结果：</p>")
            .Append("<dl>")
            .Append("<dt>姓名</dt><dd>").Append(E(PersonalData.MaskName(c.CertName))).Append("</dd>")
            .Append("<dt>证件号码</dt><dd>").Append(E(PersonalData.MaskCertificateNumber(c.CertNo))).Append("</dd>")
            .Append("<dt>商户订单号</dt><dd>").Append(E(c.OuterOrderNo)).Append("</dd>")
            .Append("</dl>");
        if (c.Outcome is { } done)
            body.Append("<p>已提交的结果：").Append(E(done.ToString())).Append("，可重新选择。</p>");
        foreach (var (outcome, label) in Buttons)
        {
            body.Append("<form method=\"post\" action=\"/emulator/alipay/certifications/")
                .Append(E(Uri.EscapeDataString(c.CertifyId))).Append("/complete\">")
                .Append("<input type=\"hidden\" name=\"outcome\" value=\"").Append(outcome).Append("\">")
                .Append("<button type=\"submit\">").Append(E(label)).Append("</button></form>");
        }
        return Page("支付宝人脸认证（模拟）", body.ToString());
    }

    public static string RenderCompleted(Certification c) =>
        Page("认证结果已提交", $"<p>认证结果“{E(c.Outcome?.ToString() ?? "")}”已提交。商户未提供返回地址，可以关闭此页面。</p>");

    public static string RenderError(AlipayReply reply) =>
        Page("支付宝（模拟）请求出错",
            $"<p>{E(reply.Msg)}（{E(reply.Code)}）</p><p>{E(reply.SubCode ?? "")}：{E(reply.SubMsg ?? "")}</p>");

    private static string Page(string title, string body) => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}}</title>
        <style>body{font-family:sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}
        form{margin:.5rem 0}button{width:100%;padding:.75rem;font-size:1rem}dt{color:#666}</style></head>
        <body><h1>{{E(title)}}</h1>{{body}}</body>
        </html>
        """;

    private static string E(string value) => WebUtility.HtmlEncode(value);
}

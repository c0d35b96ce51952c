using AccountingPlatform.Identity.Captcha;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Sms;

namespace AccountingPlatform.Identity;

/// <summary>SMS verification codes (rules in Sms/).</summary>
public static class SmsCodesApi
{
    public static IEndpointRouteBuilder MapSmsCodesApi(this IEndpointRouteBuilder app)
    {
        var codes = app.MapGroup("/api/identity/sms-codes").WithTags("SMS codes");
        codes.MapPost("/", (SendSmsCodeRequest request, SmsCodes smsCodes, CaptchaStore captchas, IdentityDbContext db, HttpContext http, CancellationToken ct) =>
                SmsCodeSending.SendAsync(request, smsCodes, captchas, db, http, ct)).AllowAnonymous()
            .WithSummary("发送短信验证码（需先输入图形验证码；用途 PaymentContact 须考生登录，未登录 401 IDENTITY_UNAUTHENTICATED）");
        return app;
    }
}

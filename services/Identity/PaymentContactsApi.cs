using AccountingPlatform.Identity.PaymentContacts;
using AccountingPlatform.Identity.Sms;
using AccountingPlatform.Identity.Tokens;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Identity;

/// <summary>The candidate's verified contact for paying online (rules in PaymentContacts/).</summary>
public static class PaymentContactsApi
{
    public static IEndpointRouteBuilder MapPaymentContactsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/identity/me/payment-contacts").WithTags("Payment contacts").RequireAuthorization(PlatformClaims.Policies.Candidate);
        me.MapPost("/", (PaymentContactRequest request, HttpContext http, SmsCodes smsCodes, PaymentContactTokenIssuer issuer,
                ILogger<PaymentContactRequest> logger) => PaymentContactVerification.VerifyAsync(request, http, smsCodes, issuer, logger))
            .WithSummary("缴费前验证联系方式：手机号码 + 短信验证码（用途 PaymentContact）+ 电子邮箱，返回30分钟内有效的联系方式凭证 contactToken。"
                + "字段有误 400 IDENTITY_PAYMENT_CONTACT_INVALID（errors 含 phone/smsCode/email）；验证码错误或失效 400 IDENTITY_SMS_CODE_INVALID");
        return app;
    }
}

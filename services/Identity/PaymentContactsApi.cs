using AccountingPlatform.Identity.PaymentContacts;
using AccountingPlatform.Identity.Sms;
using AccountingPlatform.Identity.Tokens;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Identity;

/// <summary>
/// The contact step before paying online: the candidate proves a phone by SMS code (purpose PaymentContact) and gives an
/// e-mail address, and gets a short-lived signed token naming both, which Payment reads when the order is made.
/// </summary>
public static class PaymentContactsApi
{
    public sealed record PaymentContactIssued(string ContactToken, DateTimeOffset ExpiresAt, string Phone, string Email);

    public static IEndpointRouteBuilder MapPaymentContactsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/identity/me/payment-contacts", CreateAsync).WithTags("Payment contacts")
            .RequireAuthorization(PlatformClaims.Policies.Candidate)
            .WithSummary("缴费前验证联系方式：手机号码 + 短信验证码（用途 PaymentContact）+ 电子邮箱，返回30分钟内有效的联系方式凭证 contactToken。"
                + "字段有误 400 IDENTITY_PAYMENT_CONTACT_INVALID（errors 含 phone/smsCode/email）；验证码错误或失效 400 IDENTITY_SMS_CODE_INVALID");
        return app;
    }

    public static async Task<Results<Created<PaymentContactIssued>, ProblemHttpResult>> CreateAsync(
        PaymentContactRequest request, HttpContext http, SmsCodes smsCodes, PaymentContactTokenIssuer issuer,
        ILogger<PaymentContactRequest> logger)
    {
        if (PaymentContactRules.Validate(request) is { Count: > 0 } errors)
            return ApiProblem.Validation("IDENTITY_PAYMENT_CONTACT_INVALID", errors);
        var phone = request.Phone!;
        var email = request.Email!;
        if (!await smsCodes.ConsumeAsync(phone, SmsPurpose.PaymentContact, request.SmsCode!))
            return ApiProblem.BadRequest("IDENTITY_SMS_CODE_INVALID", "短信验证码错误或已失效，请重新获取");

        var userId = http.User.GetUserId();
        var token = issuer.Issue(userId, phone, email);
        logger.LogInformation("Payment contact {Phone} verified for {UserId}", PersonalData.MaskPhone(phone), userId);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created((string?)null, new PaymentContactIssued(token.Token, token.ExpiresAt, phone, email));
    }
}

using AccountingPlatform.Identity.Sms;
using AccountingPlatform.Identity.Tokens;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Identity.PaymentContacts;

/// <summary>
/// The contact step before paying online: the candidate proves a phone by SMS code (purpose PaymentContact) and gives an
/// e-mail address, and gets a short-lived signed token naming both, which Payment reads when the order is made.
/// </summary>
public static class PaymentContactVerification
{
    public static async Task<Results<Created<PaymentContactIssued>, ProblemHttpResult>> VerifyAsync(
        PaymentContactRequest request, HttpContext http, SmsCodes smsCodes, PaymentContactTokenIssuer issuer, ILogger<PaymentContactRequest> logger)
    {
        if (PaymentContactRules.Validate(request) is { Count: > 0 } errors)
            return ApiProblem.Validation("IDENTITY_PAYMENT_CONTACT_INVALID", errors);
        var phone = request.Phone!;
        var email = request.Email!;
        if (!await smsCodes.ConsumeAsync(phone, SmsPurpose.PaymentContact, request.SmsCode!)) return IdentityProblems.SmsCodeInvalid();

        var userId = http.User.GetUserId();
        var token = issuer.Issue(userId, phone, email);
        logger.LogInformation("Payment contact {Phone} verified for {UserId}", PersonalData.MaskPhone(phone), userId);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created((string?)null, new PaymentContactIssued(token.Token, token.ExpiresAt, phone, email));
    }
}

using System.Security.Claims;
using AccountingPlatform.Channels;
using AccountingPlatform.Identity.Captcha;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using AccountingPlatform.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Identity.Sms;

/// <summary>
/// An SMS code sent after a captcha: for registering (not to a phone with an account), recovering a password or logging
/// in (sent only to a phone with an account, answered the same either way), or a signed-in candidate's payment contact.
/// </summary>
public static class SmsCodeSending
{
    private static readonly TimeSpan SmsUnavailableRetryAfter = TimeSpan.FromSeconds(30);

    public static async Task<Results<Accepted<SmsCodeSent>, ProblemHttpResult>> SendAsync(
        SendSmsCodeRequest request, SmsCodes codes, CaptchaStore captchas, IdentityDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        // Register, ResetPassword and Login are for people not signed in; a payment contact only for a signed-in candidate.
        if (request.Purpose == SmsPurpose.PaymentContact && CandidateProblem(http.User) is { } authProblem)
            return authProblem;
        if (!PhoneNumber.IsValid(request.Phone))
            return ApiProblem.Validation("IDENTITY_PHONE_INVALID", new Dictionary<string, string[]> { ["phone"] = ["请输入正确的11位手机号码"] });
        if (request.Purpose is not { } purpose)
            return ApiProblem.Validation("IDENTITY_SMS_PURPOSE_INVALID", new Dictionary<string, string[]> { ["purpose"] = ["请选择验证码用途"] });
        if (await CaptchaAnswer.CheckAsync(captchas, request.CaptchaId, request.CaptchaCode) is { } captchaProblem)
            return captchaProblem;

        var phone = request.Phone!;
        var sent = new SmsCodeSent((int)SmsCodes.Lifetime.TotalSeconds, (int)SmsCodes.ResendInterval.TotalSeconds);
        // A payment contact may be any phone, with or without an account: no account lookup.
        if (purpose != SmsPurpose.PaymentContact)
        {
            var accountExists = await db.Users.AnyAsync(u => u.Phone == phone, cancellationToken);
            if (purpose == SmsPurpose.Register && accountExists) return IdentityProblems.PhoneTaken();
            // Password recovery and login answer the same whether or not the phone has an account, and send only if it has.
            if (purpose is (SmsPurpose.ResetPassword or SmsPurpose.Login) && !accountExists) return TypedResults.Accepted((string?)null, sent);
        }

        SmsSendOutcome outcome;
        try
        {
            outcome = await codes.SendAsync(phone, purpose, http.ClientAddress(), cancellationToken);
        }
        catch (Exception ex) when (ChannelCallFailure.Is(ex, cancellationToken))
        {
            // The SMS gateway refused, did not answer, or the resilience pipeline gave up on it (timeout, open circuit).
            return ApiProblem.Unavailable(http.Response, SmsUnavailableRetryAfter, "IDENTITY_SMS_UNAVAILABLE", "短信发送失败，请稍后重试");
        }
        if (outcome.Refusal is not { } refusal) return TypedResults.Accepted((string?)null, sent);

        var seconds = ApiProblem.SetRetryAfter(http.Response, outcome.RetryAfter);
        return refusal switch
        {
            SmsRefusal.TooSoon => ApiProblem.TooManyRequests("IDENTITY_SMS_TOO_FREQUENT", $"验证码发送过于频繁，请{seconds}秒后再试"),
            SmsRefusal.PhoneDailyLimit => ApiProblem.TooManyRequests("IDENTITY_SMS_DAILY_LIMIT", "该手机号码今日获取验证码次数已达上限，请明天再试"),
            _ => ApiProblem.TooManyRequests("IDENTITY_SMS_DAILY_LIMIT", "当前网络今日获取验证码次数已达上限，请明天再试"),
        };
    }

    private static ProblemHttpResult? CandidateProblem(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated != true
            ? ApiProblem.Unauthorized("IDENTITY_UNAUTHENTICATED", "请先登录，或登录已过期，请重新登录")
            : !user.IsInRole(PlatformClaims.Roles.Candidate)
                ? ApiProblem.Forbidden("IDENTITY_FORBIDDEN", "您没有执行该操作的权限")
                : null;
}

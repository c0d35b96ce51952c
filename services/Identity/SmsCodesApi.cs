using AccountingPlatform.ServiceDefaults.Validation;
using AccountingPlatform.Channels.Sms;
using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Captcha;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Sms;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Identity;

public static class SmsCodesApi
{
    public sealed record SendSmsCodeRequest(string? Phone, SmsPurpose? Purpose, Guid? CaptchaId, string? CaptchaCode);
    public sealed record SmsCodeSent(int ExpiresInSeconds, int ResendAfterSeconds);

    public static IEndpointRouteBuilder MapSmsCodesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/identity/sms-codes").WithTags("SMS codes")
            .MapPost("/", SendAsync).AllowAnonymous().WithSummary("发送短信验证码（需先输入图形验证码）");
        return app;
    }

    public static async Task<Results<Accepted<SmsCodeSent>, ProblemHttpResult>> SendAsync(
        SendSmsCodeRequest request, SmsCodes codes, CaptchaStore captchas, IdentityDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        if (!PhoneNumber.IsValid(request.Phone))
            return ApiProblem.Validation("IDENTITY_PHONE_INVALID", new Dictionary<string, string[]> { ["phone"] = ["请输入正确的11位手机号码"] });
        if (request.Purpose is not { } purpose)
            return ApiProblem.Validation("IDENTITY_SMS_PURPOSE_INVALID", new Dictionary<string, string[]> { ["purpose"] = ["请选择验证码用途"] });
        if (await CaptchaAnswer.CheckAsync(captchas, request.CaptchaId, request.CaptchaCode) is { } captchaProblem)
            return captchaProblem;

        var phone = request.Phone!;
        var accountExists = await db.Users.AnyAsync(u => u.Phone == phone, cancellationToken);
        if (purpose == SmsPurpose.Register && accountExists)
            return ApiProblem.Conflict("IDENTITY_PHONE_TAKEN", "该手机号码已注册，请直接登录或找回密码");
        var sent = new SmsCodeSent((int)SmsCodes.Lifetime.TotalSeconds, (int)SmsCodes.ResendInterval.TotalSeconds);
        // Password recovery answers the same whether or not the phone has an account, and sends only if it has.
        if (purpose == SmsPurpose.ResetPassword && !accountExists) return TypedResults.Accepted((string?)null, sent);

        SmsSendOutcome outcome;
        try
        {
            outcome = await codes.SendAsync(phone, purpose, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", cancellationToken);
        }
        catch (Exception ex) when (ex is SmsSendException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return ApiProblem.Unavailable("IDENTITY_SMS_UNAVAILABLE", "短信发送失败，请稍后重试");
        }
        if (outcome.Refusal is not { } refusal) return TypedResults.Accepted((string?)null, sent);

        var seconds = Math.Max(1, (int)Math.Ceiling(outcome.RetryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString();
        return refusal switch
        {
            SmsRefusal.TooSoon => ApiProblem.TooManyRequests("IDENTITY_SMS_TOO_FREQUENT", $"验证码发送过于频繁，请{seconds}秒后再试"),
            SmsRefusal.PhoneDailyLimit => ApiProblem.TooManyRequests("IDENTITY_SMS_DAILY_LIMIT", "该手机号码今日获取验证码次数已达上限，请明天再试"),
            _ => ApiProblem.TooManyRequests("IDENTITY_SMS_DAILY_LIMIT", "当前网络今日获取验证码次数已达上限，请明天再试"),
        };
    }
}

using AccountingPlatform.Channels.Sms;
using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Sms;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Identity;

public static class SmsCodesApi
{
    public sealed record SendSmsCodeRequest(string? Phone, SmsPurpose? Purpose);
    public sealed record SmsCodeSent(int ExpiresInSeconds, int ResendAfterSeconds);

    public static IEndpointRouteBuilder MapSmsCodesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/identity/sms-codes").WithTags("SMS codes")
            .MapPost("/", SendAsync).AllowAnonymous().WithSummary("发送短信验证码");
        return app;
    }

    public static async Task<Results<Accepted<SmsCodeSent>, ProblemHttpResult>> SendAsync(
        SendSmsCodeRequest request, SmsCodes codes, HttpContext http, CancellationToken cancellationToken)
    {
        if (!PhoneNumber.IsValid(request.Phone))
            return ApiProblem.Validation("IDENTITY_PHONE_INVALID", new Dictionary<string, string[]> { ["phone"] = ["请输入正确的11位手机号码"] });
        if (request.Purpose is not { } purpose)
            return ApiProblem.Validation("IDENTITY_SMS_PURPOSE_INVALID", new Dictionary<string, string[]> { ["purpose"] = ["请选择验证码用途"] });

        SmsSendOutcome outcome;
        try
        {
            outcome = await codes.SendAsync(request.Phone!, purpose, cancellationToken);
        }
        catch (Exception ex) when (ex is SmsSendException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return ApiProblem.Unavailable("IDENTITY_SMS_UNAVAILABLE", "短信发送失败，请稍后重试");
        }
        if (!outcome.Sent)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(outcome.RetryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString();
            return ApiProblem.TooManyRequests("IDENTITY_SMS_TOO_FREQUENT", $"验证码发送过于频繁，请{seconds}秒后再试");
        }
        return TypedResults.Accepted((string?)null,
            new SmsCodeSent((int)SmsCodes.Lifetime.TotalSeconds, (int)SmsCodes.ResendInterval.TotalSeconds));
    }
}

using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Identity.Captcha;

/// <summary>The captcha part of a form (login, SMS code): which captcha, and what the person read in it.</summary>
public static class CaptchaAnswer
{
    /// <summary>Null when the captcha was answered right; otherwise the problem to return. Uses the captcha up either way.</summary>
    public static async Task<ProblemHttpResult?> CheckAsync(CaptchaStore captchas, Guid? captchaId, string? captchaCode)
    {
        if (captchaId is not { } id || string.IsNullOrWhiteSpace(captchaCode))
            return ApiProblem.Validation("IDENTITY_CAPTCHA_REQUIRED", new Dictionary<string, string[]> { ["captchaCode"] = ["请输入图形验证码"] });
        return await captchas.ConsumeAsync(id, captchaCode) switch
        {
            CaptchaCheck.Passed => null,
            CaptchaCheck.Wrong => ApiProblem.BadRequest("IDENTITY_CAPTCHA_INVALID", "图形验证码错误，请刷新后重新输入"),
            _ => ApiProblem.BadRequest("IDENTITY_CAPTCHA_EXPIRED", "图形验证码已失效，请刷新后重新输入"),
        };
    }
}

using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Identity;

/// <summary>The problems more than one Identity use case answers: one code, one text each.</summary>
public static class IdentityProblems
{
    public static ProblemHttpResult SmsCodeInvalid() => ApiProblem.BadRequest("IDENTITY_SMS_CODE_INVALID", "短信验证码错误或已失效，请重新获取");

    public static ProblemHttpResult PhoneTaken() => ApiProblem.Conflict("IDENTITY_PHONE_TAKEN", "该手机号码已被其他账号使用");

    public static ProblemHttpResult CertificateTaken() => ApiProblem.Conflict("IDENTITY_CERTIFICATE_TAKEN", "该证件号码已注册，请直接登录或找回密码");

    public static ProblemHttpResult UserNotFound() => ApiProblem.NotFound("IDENTITY_USER_NOT_FOUND", "用户不存在");

    public static ProblemHttpResult PasswordInvalid(IDictionary<string, string[]> errors) => ApiProblem.Validation("IDENTITY_PASSWORD_INVALID", errors);

    public static ProblemHttpResult RefreshTokenRequired() =>
        ApiProblem.Validation("IDENTITY_REFRESH_TOKEN_REQUIRED", new Dictionary<string, string[]> { ["refreshToken"] = ["缺少刷新令牌"] });
}

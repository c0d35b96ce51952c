using AccountingPlatform.Messaging;
using AccountingPlatform.Contracts;
using AccountingPlatform.ServiceDefaults.Validation;
using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Sessions;
using AccountingPlatform.Identity.Sms;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Identity;

/// <summary>Changing one's password, and recovering it (找回密码). Either way every session of the account ends.</summary>
public static class PasswordsApi
{
    public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword, string? ConfirmPassword);
    public sealed record ResetPasswordRequest(string? CertificateNumber, string? Phone, string? SmsCode, string? NewPassword, string? ConfirmPassword);

    public static IEndpointRouteBuilder MapPasswordsApi(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/identity/users/me/password", ChangeAsync).WithTags("Passwords").WithSummary("修改密码（所有登录会话随之结束）");
        app.MapPost("/api/identity/password-resets", ResetAsync).WithTags("Passwords").AllowAnonymous()
            .WithSummary("找回密码：证件号码 + 手机号码 + 短信验证码，设置新密码（所有登录会话随之结束）");
        return app;
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ChangeAsync(
        ChangePasswordRequest request, HttpContext http, IdentityDbContext db, IPasswordHasher<UserAccount> hasher, UserSessions sessions,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == http.User.GetUserId(), cancellationToken);
        if (user is null) return ApiProblem.NotFound("IDENTITY_USER_NOT_FOUND", "用户不存在");
        if (string.IsNullOrEmpty(request.CurrentPassword)
            || hasher.VerifyHashedPassword(user, user.PasswordHash, request.CurrentPassword) == PasswordVerificationResult.Failed)
            return ApiProblem.Validation("IDENTITY_PASSWORD_INCORRECT", new Dictionary<string, string[]> { ["currentPassword"] = ["原密码不正确"] });
        if (NewPasswordErrors(request.NewPassword, request.ConfirmPassword, user) is { Count: > 0 } errors)
            return ApiProblem.Validation("IDENTITY_PASSWORD_INVALID", errors);
        if (request.NewPassword == request.CurrentPassword)
            return ApiProblem.Validation("IDENTITY_PASSWORD_INVALID", new Dictionary<string, string[]> { ["newPassword"] = ["新密码不能与原密码相同"] });

        SetPassword(user, request.NewPassword!, hasher, clock);
        await sessions.EndAllAsync(user, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ResetAsync(
        ResetPasswordRequest request, IdentityDbContext db, SmsCodes smsCodes, IPasswordHasher<UserAccount> hasher, UserSessions sessions,
        LoginAttempts attempts, TimeProvider clock, ILogger<ResetPasswordRequest> logger, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.CertificateNumber) || request.CertificateNumber.Length > 32) errors["certificateNumber"] = ["请输入证件号码"];
        if (!PhoneNumber.IsValid(request.Phone)) errors["phone"] = ["请输入正确的11位手机号码"];
        if (request.SmsCode is not { Length: 6 } || !request.SmsCode.All(char.IsAsciiDigit)) errors["smsCode"] = ["请输入6位短信验证码"];
        if (string.IsNullOrEmpty(request.NewPassword)) errors["newPassword"] = ["请输入新密码"];
        if (errors.Count > 0) return ApiProblem.Validation("IDENTITY_PASSWORD_RESET_INVALID", errors);

        // The code proves the phone; the certificate number must be that account's too.
        if (!await smsCodes.ConsumeAsync(request.Phone!, SmsPurpose.ResetPassword, request.SmsCode!))
            return ApiProblem.BadRequest("IDENTITY_SMS_CODE_INVALID", "短信验证码错误或已失效，请重新获取");
        var number = request.CertificateNumber!.Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Phone == request.Phone && u.CertificateNumber == number, cancellationToken);
        if (user is null)
            return ApiProblem.BadRequest("IDENTITY_ACCOUNT_MISMATCH", "证件号码与手机号码不匹配，请核对后重试");
        if (NewPasswordErrors(request.NewPassword, request.ConfirmPassword, user) is { Count: > 0 } passwordErrors)
            return ApiProblem.Validation("IDENTITY_PASSWORD_INVALID", passwordErrors);

        SetPassword(user, request.NewPassword!, hasher, clock);
        db.AddIntegrationEvent(new PasswordReset(user.Id, user.PasswordChangedAt!.Value, clock.GetUtcNow())); // saved with the new password
        await sessions.EndAllAsync(user, cancellationToken);
        await attempts.ForgetAccountFailuresAsync(user.Id);
        logger.LogInformation("Password of {UserId} reset by SMS to {Phone}", user.Id, PersonalData.MaskPhone(user.Phone));
        return TypedResults.NoContent();
    }

    private static Dictionary<string, string[]> NewPasswordErrors(string? password, string? confirmation, UserAccount user)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(password)) errors["newPassword"] = ["请输入新密码"];
        else if (PasswordPolicy.Check(password, user.Phone, user.CertificateNumber) is { } problem) errors["newPassword"] = [problem];
        if (password != confirmation) errors["confirmPassword"] = ["两次输入的密码不一致"];
        return errors;
    }

    private static void SetPassword(UserAccount user, string password, IPasswordHasher<UserAccount> hasher, TimeProvider clock)
    {
        user.PasswordHash = hasher.HashPassword(user, password);
        user.PasswordChangedAt = clock.GetUtcNow();
    }
}

using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Sessions;
using AccountingPlatform.Identity.Sms;
using AccountingPlatform.Messaging;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using AccountingPlatform.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Identity.Passwords;

/// <summary>
/// 找回密码: certificate number, phone and an SMS code to that phone set a new password; every session of the account
/// ends, the account's wrong-password count is forgotten, and <c>PasswordReset</c> is published.
/// </summary>
public static class PasswordReset
{
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
        if (!await smsCodes.ConsumeAsync(request.Phone!, SmsPurpose.ResetPassword, request.SmsCode!)) return IdentityProblems.SmsCodeInvalid();
        var number = CertificateNumbers.Normalize(request.CertificateNumber!);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Phone == request.Phone && u.CertificateNumber == number, cancellationToken);
        if (user is null)
            return ApiProblem.BadRequest("IDENTITY_ACCOUNT_MISMATCH", "证件号码与手机号码不匹配，请核对后重试");
        if (NewPassword.Errors(request.NewPassword, request.ConfirmPassword, user) is { Count: > 0 } passwordErrors)
            return IdentityProblems.PasswordInvalid(passwordErrors);

        NewPassword.Set(user, request.NewPassword!, hasher, clock);
        db.AddIntegrationEvent(new AccountingPlatform.Contracts.PasswordReset(user.Id, user.PasswordChangedAt!.Value, clock.GetUtcNow())); // saved with the new password
        await sessions.EndAllAsync(user, cancellationToken);
        await attempts.ForgetAccountFailuresAsync(user.Id);
        logger.LogInformation("Password of {UserId} reset by SMS to {Phone}", user.Id, PersonalData.MaskPhone(user.Phone));
        return TypedResults.NoContent();
    }
}

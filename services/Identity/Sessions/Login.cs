using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Captcha;
using AccountingPlatform.Identity.Sms;
using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using AccountingPlatform.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace AccountingPlatform.Identity.Sessions;

/// <summary>
/// Login (a session's first tokens): the form and the captcha, then load the account and its failures, decide
/// (<see cref="LoginDecision"/>: lockout and SMS step-up before the password), and save (a failure counted, or a session started).
/// </summary>
public static class Login
{
    public static async Task<Results<Ok<SessionTokens>, ProblemHttpResult>> LogInAsync(
        LoginRequest request, LoginServices s, HttpContext http, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Account) || string.IsNullOrEmpty(request.Password))
            return ApiProblem.Validation("IDENTITY_LOGIN_INCOMPLETE", new Dictionary<string, string[]> { ["account"] = ["请输入账号和密码"] });
        if (await CaptchaAnswer.CheckAsync(s.Captchas, request.CaptchaId, request.CaptchaCode) is { } captchaProblem)
            return captchaProblem;

        // Load: the account named and its failures as this address meets them; the SMS code only if the account asks for one.
        var account = CertificateNumbers.Normalize(request.Account);
        var clientAddress = http.ClientAddress();
        var (user, needsType) = await LoginAccounts.FindAsync(s.Db, account, request.CertificateType, cancellationToken);
        var attempts = user is null ? null : await s.Attempts.StateAsync(user.Id, clientAddress);
        var smsCodeGiven = !string.IsNullOrEmpty(request.SmsCode);
        bool? smsCodeValid = attempts is { NeedsSmsCode: true } && smsCodeGiven
            ? request.SmsCode!.Length <= 6 && await s.SmsCodes.ConsumeAsync(user!.Phone, SmsPurpose.Login, request.SmsCode, clientAddress)
            : null;
        var facts = new LoginFacts(needsType, user is not null, attempts, smsCodeGiven, smsCodeValid, PasswordCorrect: null, user?.DisabledAt is not null);

        // Decide; the password is checked only when nothing stands before it.
        var outcome = LoginDecision.Decide(facts);
        if (outcome.Verdict == LoginVerdict.PasswordNeeded)
            outcome = LoginDecision.Decide(facts with { PasswordCorrect = PasswordMatches(s.Hasher, user, request.Password) });

        // Save.
        if (outcome.Verdict == LoginVerdict.WrongPassword)
        {
            s.Logger.LogInformation("Failed login for {Account} from {ClientAddress}", PersonalData.MaskAccount(account), clientAddress);
            if (user is not null) outcome = LoginDecision.AfterFailure(await s.Attempts.FailAsync(user.Id, clientAddress));
            if (outcome.LockedUntil is { } lockedUntil)
                s.Logger.LogWarning("Account {UserId} locked from {ClientAddress} until {LockedUntil} after {Failures} wrong passwords",
                    user!.Id, clientAddress, lockedUntil, LoginLockout.FailuresPerAddress);
        }
        if (outcome.Verdict == LoginVerdict.Succeeded)
        {
            await s.Attempts.SucceededAsync(user!.Id, clientAddress);
            return TypedResults.Ok(await s.Sessions.StartAsync(user, cancellationToken));
        }
        return Refusal(outcome, http, s.Clock);
    }

    private static ProblemHttpResult Refusal(LoginOutcome outcome, HttpContext http, TimeProvider clock) => outcome.Verdict switch
    {
        LoginVerdict.CertificateTypeRequired => ApiProblem.Validation("IDENTITY_CERTIFICATE_TYPE_REQUIRED",
            new Dictionary<string, string[]> { ["certificateType"] = ["请选择证件类型后登录"] }),
        LoginVerdict.Locked => Locked(outcome.LockedUntil!.Value, http, clock),
        LoginVerdict.SmsCodeRequired => ApiProblem.Create(StatusCodes.Status401Unauthorized, "IDENTITY_LOGIN_SMS_REQUIRED", LoginLockout.SmsRequiredMessage),
        LoginVerdict.SmsCodeInvalid => IdentityProblems.SmsCodeInvalid(),
        LoginVerdict.Disabled => ApiProblem.Forbidden("IDENTITY_ACCOUNT_DISABLED", "该账号已停用，请联系管理员"),
        _ => ApiProblem.Create(StatusCodes.Status401Unauthorized, "IDENTITY_CREDENTIALS_INVALID", "账号或密码错误"),
    };

    private static ProblemHttpResult Locked(DateTimeOffset lockedUntil, HttpContext http, TimeProvider clock)
    {
        ApiProblem.SetRetryAfter(http.Response, lockedUntil - clock.GetUtcNow());
        return ApiProblem.Create(StatusCodes.Status423Locked, "IDENTITY_ACCOUNT_LOCKED", LoginLockout.LockedMessage(lockedUntil));
    }

    /// <summary>An unknown account costs one hash too, so the answer's timing does not tell which accounts exist.</summary>
    private static bool PasswordMatches(IPasswordHasher<UserAccount> hasher, UserAccount? user, string password) =>
        hasher.VerifyHashedPassword(user!, user?.PasswordHash ?? UnknownAccountHash(hasher), password) != PasswordVerificationResult.Failed
        && user is not null;

    private static string? _unknownAccountHash;

    private static string UnknownAccountHash(IPasswordHasher<UserAccount> hasher) =>
        _unknownAccountHash ??= hasher.HashPassword(null!, Guid.NewGuid().ToString());
}

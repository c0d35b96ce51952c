using AccountingPlatform.Identity.Accounts;

namespace AccountingPlatform.Identity.Sessions;

/// <summary>
/// <c>certificateType</c>: optional; needed only when two certificates of different types share the number.
/// <c>smsCode</c>: a <c>Login</c> SMS code to the account's phone, needed only when wrong passwords have locked the
/// account from this address (423 <c>IDENTITY_ACCOUNT_LOCKED</c>) or made it ask for one (401 <c>IDENTITY_LOGIN_SMS_REQUIRED</c>).
/// </summary>
public sealed record LoginRequest(string? Account, string? Password, Guid? CaptchaId, string? CaptchaCode, CertificateType? CertificateType = null, string? SmsCode = null);

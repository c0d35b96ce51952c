using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Captcha;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Sms;
using Microsoft.AspNetCore.Identity;

namespace AccountingPlatform.Identity.Sessions;

/// <summary>What a login reads and writes (bound with <c>[AsParameters]</c>).</summary>
public sealed record LoginServices(
    IdentityDbContext Db, IPasswordHasher<UserAccount> Hasher, CaptchaStore Captchas, LoginAttempts Attempts, SmsCodes SmsCodes,
    UserSessions Sessions, TimeProvider Clock, ILogger<LoginRequest> Logger);

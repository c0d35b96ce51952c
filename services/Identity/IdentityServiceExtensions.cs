using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Captcha;
using AccountingPlatform.Identity.Sessions;
using AccountingPlatform.Identity.Sms;
using AccountingPlatform.Identity.Tokens;
using Microsoft.AspNetCore.Identity;

namespace AccountingPlatform.Identity;

public static class IdentityServiceExtensions
{
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccessTokenOptions>().BindConfiguration("Identity");
        builder.Services.AddSingleton<SigningKeys>();
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddSingleton<PaymentContactTokenIssuer>();
        builder.Services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        builder.Services.AddScoped<SmsCodes>();
        builder.Services.AddOptions<SmsLimitsOptions>().BindConfiguration("Identity:Sms");
        builder.Services.AddSingleton<CaptchaStore>();
        builder.Services.AddSingleton<LoginAttempts>();
        builder.Services.AddScoped<UserSessions>();
        builder.Services.AddOptions<SeedAccountsOptions>().BindConfiguration("Identity");
        builder.Services.AddHostedService<SeedAccountsOnStart>();
        return builder;
    }
}

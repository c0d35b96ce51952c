using System.Security.Claims;
using AccountingPlatform.ServiceDefaults.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace AccountingPlatform.Web.Sessions;

/// <summary>
/// The portal's sessions, as a backend for the browser (after dotnet/eShop's WebApp): an HttpOnly, SameSite=Lax cookie
/// (Secure outside Development) that names a session; the tokens stay in <see cref="PortalSessionStore"/>. The cookie
/// and the antiforgery tokens are protected with Data Protection keys kept in Redis, shared by every portal instance.
/// A cookie whose session has ended (logout, or Identity ended every session of the account) is refused at once.
/// </summary>
public static class PortalSessions
{
    public const string SessionClaim = "sid";
    public const string NameClaim = "name";
    /// <summary>The account's role (candidate, reviewer, admin): which area of the web app the person may use.</summary>
    public const string RoleClaim = "role";
    /// <summary>The account's id at Identity (what the APIs call <c>sub</c>), e.g. to tell a reviewer's own claims from colleagues'.</summary>
    public const string UserIdClaim = "uid";
    /// <summary>A reviewer's division (e.g. 440000), for the console's own check before it asks the API.</summary>
    public const string DivisionClaim = "division";
    internal const string TokensItem = "portal.tokens";

    public static IHostApplicationBuilder AddPortalSessions(this IHostApplicationBuilder builder)
    {
        builder.AddRedis();
        builder.Services.AddDataProtection().SetApplicationName("AccountingPlatform.Web");
        builder.Services.AddSingleton(KeyEncryptionKey.From(builder.Configuration));
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, services) =>
        {
            options.XmlRepository = new RedisXmlRepository(() => services.GetRequiredService<IConnectionMultiplexer>().GetDatabase(), "portal:data-protection-keys");
            options.XmlEncryptor = new KeyEncryptionKeyXmlEncryptor(services.GetRequiredService<KeyEncryptionKey>());
        });
        builder.Services.AddSingleton<PortalSessionStore>();
        builder.Services.AddScoped<PortalSignIn>();

        var development = builder.Environment.IsDevelopment();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "portal_session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;   // Lax: the return from Alipay's verification page is a top-level GET from another site
            o.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.LoginPath = "/login";
            o.AccessDeniedPath = "/";
            o.ReturnUrlParameter = "returnUrl";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = ValidateAsync;
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "portal_antiforgery";
            o.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddHttpContextAccessor();
        return builder;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.FindFirstValue(SessionClaim);
        var tokens = sessionId is null ? null : await context.HttpContext.RequestServices.GetRequiredService<PortalSessionStore>().GetAsync(sessionId);
        if (tokens is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        context.HttpContext.Items[TokensItem] = tokens;
    }
}

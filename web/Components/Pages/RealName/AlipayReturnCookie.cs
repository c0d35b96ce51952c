namespace AccountingPlatform.Web.Components.Pages.RealName;

/// <summary>
/// The person's latest Alipay certification, remembered in this browser (an HttpOnly cookie holding only its id; the API
/// answers about it to its owner alone). Alipay's return address is fixed by the platform's configuration and names
/// no certification, so the page a person comes back to finds it here and asks the API for the result.
/// </summary>
public static class AlipayReturnCookie
{
    public const string Name = "portal_realname_alipay";

    public static void Remember(HttpContext? http, Guid certificationId) => http?.Response.Cookies.Append(Name, certificationId.ToString("N"), new CookieOptions
    {
        HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Lax, Path = "/", MaxAge = TimeSpan.FromDays(1), IsEssential = true,
    });

    public static Guid? Find(HttpContext? http) =>
        http?.Request.Cookies[Name] is { } value && Guid.TryParseExact(value, "N", out var id) ? id : null;
}

using AccountingPlatform.Identity.Captcha;

namespace AccountingPlatform.Identity;

/// <summary>Image captchas before a login or an SMS code (rules in Captcha/).</summary>
public static class CaptchasApi
{
    public static IEndpointRouteBuilder MapCaptchasApi(this IEndpointRouteBuilder app)
    {
        var captchas = app.MapGroup("/api/identity/captchas").WithTags("Captchas");
        captchas.MapPost("/", (CaptchaStore store, HttpContext http) => CaptchaIssuing.IssueAsync(store, http)).AllowAnonymous()
            .WithSummary("获取图形验证码（PNG，一次有效）");
        return app;
    }
}

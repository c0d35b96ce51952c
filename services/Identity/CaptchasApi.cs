using AccountingPlatform.Identity.Captcha;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Identity;

public static class CaptchasApi
{
    public sealed record CaptchaView(Guid CaptchaId, string Image, int ExpiresInSeconds);

    public static IEndpointRouteBuilder MapCaptchasApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/identity/captchas").WithTags("Captchas")
            .MapPost("/", CreateAsync).AllowAnonymous().WithSummary("获取图形验证码（PNG，一次有效）");
        return app;
    }

    public static async Task<Created<CaptchaView>> CreateAsync(CaptchaStore captchas, HttpContext http)
    {
        var answer = CaptchaText.Generate();
        var id = await captchas.CreateAsync(answer);
        var png = CaptchaImage.Render(answer);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created((string?)null,
            new CaptchaView(id, "data:image/png;base64," + Convert.ToBase64String(png), (int)CaptchaStore.Lifetime.TotalSeconds));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Identity.Captcha;

/// <summary>A new captcha: its answer kept for one use, its image (PNG) given to the client.</summary>
public static class CaptchaIssuing
{
    public static async Task<Created<CaptchaView>> IssueAsync(CaptchaStore captchas, HttpContext http)
    {
        var answer = CaptchaText.Generate();
        var id = await captchas.CreateAsync(answer);
        var png = CaptchaImage.Render(answer);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created((string?)null,
            new CaptchaView(id, "data:image/png;base64," + Convert.ToBase64String(png), (int)CaptchaStore.Lifetime.TotalSeconds));
    }
}

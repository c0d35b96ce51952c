namespace AccountingPlatform.Web.Platform;

/// <summary>A one-time captcha from Identity: its id and its PNG as a data: URL.</summary>
public sealed record CaptchaView(Guid CaptchaId, string Image, int ExpiresInSeconds)
{
    /// <summary>
    /// The captcha a form carried back, to show again when the platform never checked it (the gateway was busy): only
    /// a PNG data: URL, never anything else a form could put into the page.
    /// </summary>
    public static CaptchaView? Unchecked(Guid? captchaId, string? image) =>
        captchaId is { } id && image is { Length: < 20_000 } && image.StartsWith("data:image/png;base64,", StringComparison.Ordinal)
            ? new CaptchaView(id, image, 0) : null;
}

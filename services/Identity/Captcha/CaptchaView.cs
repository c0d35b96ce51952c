namespace AccountingPlatform.Identity.Captcha;

public sealed record CaptchaView(Guid CaptchaId, string Image, int ExpiresInSeconds);

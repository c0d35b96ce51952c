namespace AccountingPlatform.Web.Platform;

/// <summary>A one-time captcha from Identity: its id and its PNG as a data: URL.</summary>
public sealed record CaptchaView(Guid CaptchaId, string Image, int ExpiresInSeconds);

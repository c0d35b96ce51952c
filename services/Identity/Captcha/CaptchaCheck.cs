namespace AccountingPlatform.Identity.Captcha;

public enum CaptchaCheck
{
    Passed,
    Wrong,
    /// <summary>Unknown, expired or already used.</summary>
    Expired,
}

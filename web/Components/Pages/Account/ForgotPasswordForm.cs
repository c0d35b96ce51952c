namespace AccountingPlatform.Web.Components.Pages.Account;

/// <summary>The forgot-password form as the person filled it in (kept when a request is refused or retried).</summary>
public sealed class ForgotPasswordForm
{
    public string? Action { get; set; }
    public string? CertificateNumber { get; set; }
    public string? Phone { get; set; }
    public string? SmsCode { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
    public Guid? CaptchaId { get; set; }
    public string? CaptchaCode { get; set; }
    public string? CaptchaImage { get; set; }
}

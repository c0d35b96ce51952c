namespace AccountingPlatform.Web.Components.Pages.Account;

/// <summary>The registration form as the person filled it in (kept when a request is refused or retried).</summary>
public sealed class RegisterForm
{
    public string? Action { get; set; }
    public string? CertificateType { get; set; } = "ResidentIdCard";
    public string? CertificateNumber { get; set; }
    public string? Name { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
    public string? Phone { get; set; }
    public string? SmsCode { get; set; }
    public Guid? CaptchaId { get; set; }
    public string? CaptchaCode { get; set; }
    public string? CaptchaImage { get; set; }
    public string? IdempotencyKey { get; set; }
}

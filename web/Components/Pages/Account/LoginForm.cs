namespace AccountingPlatform.Web.Components.Pages.Account;

/// <summary>The login form as the person filled it in.</summary>
public sealed class LoginForm
{
    public string? Action { get; set; }
    public string? Account { get; set; }
    public string? Password { get; set; }
    public string? CertificateType { get; set; }
    public Guid? CaptchaId { get; set; }
    public string? CaptchaCode { get; set; }
    public string? CaptchaImage { get; set; }
    /// <summary>Set once the platform has asked for an SMS code to the account's phone (lockout or step-up).</summary>
    public bool SmsStep { get; set; }
    public bool AskCertificateType { get; set; }
    public string? Phone { get; set; }
    public string? SmsCode { get; set; }
}

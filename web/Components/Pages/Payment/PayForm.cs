namespace AccountingPlatform.Web.Components.Pages.Payment;

/// <summary>
/// 网上缴费 as the candidate fills it in: the pre-pay contact (phone, captcha, SMS code, e-mail), then the channel.
/// <see cref="ContactToken"/> is what Identity issued for the verified contact, carried to the order (not a session token).
/// </summary>
public sealed class PayForm
{
    public string? Action { get; set; }
    /// <summary>"contact" (联系方式) or "channel" (支付方式).</summary>
    public string? Step { get; set; }
    public string? Phone { get; set; }
    public Guid? CaptchaId { get; set; }
    public string? CaptchaCode { get; set; }
    public string? CaptchaImage { get; set; }
    public string? SmsCode { get; set; }
    public string? Email { get; set; }
    public string? ContactToken { get; set; }
    public string? Channel { get; set; }
    public string? IdempotencyKey { get; set; }
}

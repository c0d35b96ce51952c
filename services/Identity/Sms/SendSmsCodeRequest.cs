namespace AccountingPlatform.Identity.Sms;

public sealed record SendSmsCodeRequest(string? Phone, SmsPurpose? Purpose, Guid? CaptchaId, string? CaptchaCode);

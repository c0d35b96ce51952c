namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>Body of <c>POST /emulator/alipay/certifications/{certifyId}/complete</c>: <c>Pass|Fail|IdentityMismatch|AccountRisk</c>.</summary>
public sealed record CompleteCertificationRequest(string? Outcome);

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>How the person at the certification page (or a test) finishes a face certification.</summary>
public enum CertificationOutcome
{
    Pass,
    Fail,
    IdentityMismatch,
    AccountRisk,
}

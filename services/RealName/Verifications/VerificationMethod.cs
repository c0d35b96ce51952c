namespace AccountingPlatform.RealName.Verifications;

public enum VerificationMethod
{
    Alipay,
    Online,
}

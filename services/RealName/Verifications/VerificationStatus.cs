namespace AccountingPlatform.RealName.Verifications;

public enum VerificationStatus
{
    InProgress,
    Passed,
    Failed,
}

namespace AccountingPlatform.PersonnelRecord.Files;

public enum RecordFileKind
{
    /// <summary>标准证件照.</summary>
    StandardPhoto,
    /// <summary>证件正面.</summary>
    CertificateFront,
    /// <summary>证件反面.</summary>
    CertificateBack,
    /// <summary>教育部留学服务中心认证材料 (an overseas degree).</summary>
    OverseasCertification,
    /// <summary>会计工作证明.</summary>
    AccountingWorkProof,
}

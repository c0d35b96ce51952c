using AccountingPlatform.Images;

namespace AccountingPlatform.PersonnelRecord.Files;

/// <summary>SPEC §3: the standard photo a JPG of at least 10 KB and 295×413 px; other attachments JPG/PNG over 20 KB, at most 500 KB.</summary>
public static class RecordFileRules
{
    public static ImageRule For(RecordFileKind kind) => kind switch
    {
        RecordFileKind.StandardPhoto => new ImageRule("标准证件照", 10 * 1024, 500 * 1024, 295, 413, ImageFormat.Jpeg) { MinIncluded = true },
        RecordFileKind.CertificateFront => Attachment("证件正面"),
        RecordFileKind.CertificateBack => Attachment("证件反面"),
        RecordFileKind.OverseasCertification => Attachment("教育部留学服务中心认证材料"),
        _ => Attachment("会计工作证明"),
    };

    private static ImageRule Attachment(string label) => new(label, 20 * 1024, 500 * 1024, 1, 1, ImageFormat.Jpeg, ImageFormat.Png);
}

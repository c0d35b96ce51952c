using AccountingPlatform.Images;

namespace AccountingPlatform.RealName.Online;

/// <summary>
/// What each photo must be. SPEC sets no bounds for these; the platform uses those of the personnel record's certificate
/// attachments (JPG or PNG, more than 20 KB, at most 500 KB) and asks for enough pixels to read a certificate.
/// </summary>
public static class OnlinePhotoRules
{
    public static readonly IReadOnlyDictionary<CertificatePhotoKind, (string Field, ImageRule Rule)> ByKind =
        new Dictionary<CertificatePhotoKind, (string, ImageRule)>
        {
            [CertificatePhotoKind.PortraitSide] = ("portraitSide", new ImageRule("证件人像面照片", 20 * 1024, 500 * 1024, 320, 200, ImageFormat.Jpeg, ImageFormat.Png)),
            [CertificatePhotoKind.OtherSide] = ("otherSide", new ImageRule("证件非人像面照片", 20 * 1024, 500 * 1024, 320, 200, ImageFormat.Jpeg, ImageFormat.Png)),
            [CertificatePhotoKind.Handheld] = ("handheld", new ImageRule("手持证件照", 20 * 1024, 500 * 1024, 320, 320, ImageFormat.Jpeg, ImageFormat.Png)),
        };
}

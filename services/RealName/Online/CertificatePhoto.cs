using System.Diagnostics.CodeAnalysis;
using AccountingPlatform.Images;

namespace AccountingPlatform.RealName.Online;

/// <summary>A certificate photo of an online real-name application: served to its candidate and to reviewers covering the county.</summary>
public sealed class CertificatePhoto : StoredImage
{
    private CertificatePhoto()
    {
    }

    [SetsRequiredMembers]
    public CertificatePhoto(UploadedImage upload) : base(upload)
    {
    }

    public Guid ApplicationId { get; init; }
    public CertificatePhotoKind Kind { get; init; }
}

namespace AccountingPlatform.RealName.Online;

/// <summary>One photo of an application, with where it is served.</summary>
public sealed record PhotoView(Guid Id, CertificatePhotoKind Kind, string ContentType, int Width, int Height, long Length, string Url)
{
    public static string UrlOf(Guid applicationId, Guid photoId) => $"/api/realname/applications/{applicationId}/photos/{photoId}";
}

namespace AccountingPlatform.RealName.Online;

/// <summary>
/// An uploaded photo, kept in RealName's own database (bytea) with the content type found in its bytes. At the national
/// scale (millions of applications × three photos) these belong in object storage, with this row keeping the key.
/// </summary>
public sealed class CertificatePhoto
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ApplicationId { get; init; }
    public CertificatePhotoKind Kind { get; init; }
    public required string ContentType { get; init; }
    public int Width { get; init; }
    public int Height { get; init; }
    public long Length { get; init; }
    public required byte[] Sha256 { get; init; }
    public required byte[] Content { get; init; }
}

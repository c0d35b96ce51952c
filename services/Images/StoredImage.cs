using System.Diagnostics.CodeAnalysis;

namespace AccountingPlatform.Images;

/// <summary>
/// An uploaded image a service keeps in its own database (bytea; object storage at national scale, with the row keeping
/// the key), with the type and size found in its bytes. A service's image entity adds its owner and kind.
/// </summary>
public abstract class StoredImage
{
    /// <summary>For EF Core.</summary>
    protected StoredImage()
    {
    }

    /// <summary>The image an upload turned out to be.</summary>
    [SetsRequiredMembers]
    protected StoredImage(UploadedImage upload)
    {
        ContentType = upload.Inspection.ContentType;
        Width = upload.Inspection.Width;
        Height = upload.Inspection.Height;
        Length = upload.Content.Length;
        Sha256 = upload.Sha256;
        Content = upload.Content;
    }

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string ContentType { get; init; }
    public int Width { get; init; }
    public int Height { get; init; }
    public long Length { get; init; }
    public required byte[] Sha256 { get; init; }
    public required byte[] Content { get; init; }

    public string FileExtension => ContentType == "image/png" ? "png" : "jpg";
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AccountingPlatform.Images;

public static class StoredImageMapping
{
    /// <summary>The columns every stored image has: its id as key, the content type and the SHA-256 of its bytes.</summary>
    public static EntityTypeBuilder<T> MapStoredImage<T>(this EntityTypeBuilder<T> image) where T : StoredImage
    {
        image.HasKey(i => i.Id);
        image.Property(i => i.ContentType).HasMaxLength(40);
        image.Property(i => i.Sha256).HasMaxLength(32);
        return image;
    }
}

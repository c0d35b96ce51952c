namespace AccountingPlatform.Images;

/// <summary>What the bytes turned out to be: a decodable image of a format and size, or why not.</summary>
public sealed record ImageInspection(ImageFormat? Format, int Width, int Height, string? Problem)
{
    public bool IsImage => Format is not null && Problem is null;
    public string ContentType => Format == ImageFormat.Png ? "image/png" : "image/jpeg";

    public static ImageInspection Refused(string problem) => new(null, 0, 0, problem);
}

namespace AccountingPlatform.Images;

public enum ImageFormat
{
    Jpeg,
    Png,
}

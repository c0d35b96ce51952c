namespace AccountingPlatform.Images;

/// <summary>An upload that passed its rule: the bytes, what they are, and their SHA-256.</summary>
public sealed record UploadedImage(byte[] Content, ImageInspection Inspection, byte[] Sha256);

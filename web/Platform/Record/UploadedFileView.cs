namespace AccountingPlatform.Web.Platform.Record;

/// <summary>What POST /api/personnel/me/record/files answers: the stored image and where the owner reads it.</summary>
public sealed record UploadedFileView(Guid Id, string Kind, string ContentType, int Width, int Height, long Length, string Url);

namespace AccountingPlatform.PersonnelRecord.Files;

/// <summary>
/// An image uploaded for the record, kept in this service's database with the type found in its bytes (object storage
/// is the place at national scale). Served to its owner and to reviewers whose division covers the record's department.
/// </summary>
public sealed class RecordFile
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public RecordFileKind Kind { get; init; }
    public required string ContentType { get; init; }
    public int Width { get; init; }
    public int Height { get; init; }
    public long Length { get; init; }
    public required byte[] Sha256 { get; init; }
    public required byte[] Content { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
}

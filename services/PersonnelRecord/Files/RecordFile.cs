using System.Diagnostics.CodeAnalysis;
using AccountingPlatform.Images;

namespace AccountingPlatform.PersonnelRecord.Files;

/// <summary>An image of the record: served to its owner and to reviewers whose division covers the record's department.</summary>
public sealed class RecordFile : StoredImage
{
    private RecordFile()
    {
    }

    [SetsRequiredMembers]
    public RecordFile(UploadedImage upload) : base(upload)
    {
    }

    public Guid UserId { get; init; }
    public RecordFileKind Kind { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
}

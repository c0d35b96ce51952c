namespace AccountingPlatform.PersonnelRecord.Files;

/// <summary>An uploaded image of the record, with where it is served.</summary>
public sealed record FileView(Guid Id, RecordFileKind Kind, string ContentType, int Width, int Height, long Length, string Url)
{
    public static FileView Of(Guid recordId, RecordFile f) => new(f.Id, f.Kind, f.ContentType, f.Width, f.Height, f.Length, RecordFileLinks.Of(recordId, f.Id));
}

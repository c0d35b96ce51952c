namespace AccountingPlatform.PersonnelRecord.Files;

/// <summary>Where a record's image is served (RecordFileReading), for the record, its snapshot and the reviewer.</summary>
public static class RecordFileLinks
{
    public static string Of(Guid recordId, Guid fileId) => $"/api/personnel/records/{recordId}/files/{fileId}";
}

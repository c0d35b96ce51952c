namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>A candidate's accounting-personnel record (会计人员信息). <c>Version</c> counts submissions.</summary>
public sealed class PersonnelRecordEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public CollectionScope? CollectionScope { get; set; }
    public string? DepartmentDivisionCode { get; set; }
    /// <summary>Why the department is away from the current employer's location, as given at the last submission; null when it is not.</summary>
    public DepartmentReason? DepartmentReason { get; set; }
    public Guid? StandardPhotoId { get; set; }
    public Guid? CertificateFrontId { get; set; }
    public Guid? CertificateBackId { get; set; }
    public RecordStatus Status { get; set; }
    public int Version { get; set; }
    public string? ReviewComment { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public uint RowVersion { get; set; }
}

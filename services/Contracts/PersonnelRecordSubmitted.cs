namespace AccountingPlatform.Contracts;

/// <summary>
/// A candidate submitted (version <c>Version</c> of) a personnel record for review by a department. <c>Snapshot</c>:
/// the record as the reviewer reads it, one labelled line per field (so a later version can be compared);
/// <c>AttachmentUrls</c>: gateway paths of its images, served by PersonnelRecord to reviewers covering the department.
/// </summary>
public sealed record PersonnelRecordSubmitted(
    Guid RecordId,
    Guid UserId,
    int Version,
    string DepartmentDivisionCode,
    string CandidateName,
    DateTimeOffset OccurredAt,
    IReadOnlyDictionary<string, string>? Snapshot = null,
    IReadOnlyList<string>? AttachmentUrls = null) : IIntegrationEvent;

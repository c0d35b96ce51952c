namespace AccountingPlatform.Contracts;

/// <summary>
/// Version <c>Version</c> of a candidate's personnel record now stands at <c>Status</c>, as PersonnelRecord applied it
/// (a review decision is applied only to the version it decided). Other services learn the record's state from this
/// event alone. <c>DepartmentDivisionCode</c>: the reviewing department's division; <c>Comment</c>: the reviewer's
/// reason when rejected.
/// </summary>
public sealed record PersonnelRecordStatusChanged(
    Guid RecordId,
    Guid UserId,
    int Version,
    PersonnelRecordStatus Status,
    string? DepartmentDivisionCode,
    string? Comment,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

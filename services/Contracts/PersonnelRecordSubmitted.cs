namespace AccountingPlatform.Contracts;

/// <summary>A candidate submitted (version <c>Version</c> of) a personnel record for review by a department.</summary>
public sealed record PersonnelRecordSubmitted(
    Guid RecordId,
    Guid UserId,
    int Version,
    string DepartmentDivisionCode,
    string CandidateName,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

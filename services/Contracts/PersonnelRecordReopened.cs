namespace AccountingPlatform.Contracts;

/// <summary>An approved personnel record is being changed: it is a draft again (version <c>Version</c>) and must go back to review.</summary>
public sealed record PersonnelRecordReopened(Guid RecordId, Guid UserId, int Version, DateTimeOffset OccurredAt) : IIntegrationEvent;

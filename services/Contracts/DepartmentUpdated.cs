namespace AccountingPlatform.Contracts;

/// <summary>
/// The directory entry of an accounting management department (会计管理部门) was created or changed; <c>UserId</c> is
/// the administrator who changed it.
/// </summary>
public sealed record DepartmentUpdated(string DivisionCode, string Name, string Phone, string Address, Guid UserId, DateTimeOffset OccurredAt) : IIntegrationEvent;

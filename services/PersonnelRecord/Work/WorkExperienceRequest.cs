namespace AccountingPlatform.PersonnelRecord.Work;

public sealed record AccountingWorkRequest(DateOnly? StartDate, DateOnly? EndDate, string? Position);

public sealed record WorkExperienceRequest(
    DateOnly? StartDate, DateOnly? EndDate, string? Employer, string? CreditCode, EmployerType? EmployerType, string? Industry,
    string? Address, string? Phone, bool HasAccountingWork, IReadOnlyList<AccountingWorkRequest>? AccountingWorks, Guid? ProofFileId);

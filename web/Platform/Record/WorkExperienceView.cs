namespace AccountingPlatform.Web.Platform.Record;

/// <summary>One 工作经历 entry as the API lists it (no end date: 至今).</summary>
public sealed record WorkExperienceView(
    Guid Id, DateOnly StartDate, DateOnly? EndDate, string Employer, string CreditCode, string EmployerType, string Industry,
    string Address, string Phone, bool HasAccountingWork, IReadOnlyList<AccountingWorkView> AccountingWorks, Guid? ProofFileId);

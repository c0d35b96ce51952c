namespace AccountingPlatform.Web.Components.Pages.Record;

/// <summary>One 工作经历 as the person typed it, with its periods of accounting work (kept when the API refuses it).</summary>
public sealed class WorkExperienceForm
{
    public string? Action { get; set; }
    public string? StartDate { get; set; }
    public string? EndDate { get; set; }
    public string? UntilNow { get; set; }
    public string? Employer { get; set; }
    public string? CreditCode { get; set; }
    public string? EmployerType { get; set; }
    public string? Industry { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? HasAccountingWork { get; set; }
    public List<AccountingWorkForm> AccountingWorks { get; set; } = [];
    public string? ProofFileId { get; set; }
    public string? IdempotencyKey { get; set; }
}

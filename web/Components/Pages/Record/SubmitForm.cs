namespace AccountingPlatform.Web.Components.Pages.Record;

/// <summary>承诺与提交: the tick as sent ("true" when ticked), and why the department is away from the employer when the API asks.</summary>
public sealed class SubmitForm
{
    public string? Action { get; set; }
    public string? Commitment { get; set; }
    public string? DepartmentReason { get; set; }
}

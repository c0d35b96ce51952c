namespace AccountingPlatform.Web.Components.Pages.Record;

/// <summary>One period of accounting work as typed (an empty end date: 至今).</summary>
public sealed class AccountingWorkForm
{
    public string? StartDate { get; set; }
    public string? EndDate { get; set; }
    public string? Position { get; set; }
}

namespace AccountingPlatform.Web.Components.Pages.Record;

/// <summary>承诺与提交: the tick as sent ("true" when ticked).</summary>
public sealed class SubmitForm
{
    public string? Action { get; set; }
    public string? Commitment { get; set; }
}

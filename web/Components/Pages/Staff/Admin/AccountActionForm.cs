namespace AccountingPlatform.Web.Components.Pages.Staff.Admin;

/// <summary>停用 or 启用 one staff account, sent from the confirmation step.</summary>
public sealed class AccountActionForm
{
    /// <summary>"disable" or "enable".</summary>
    public string? Action { get; set; }
    public Guid? AccountId { get; set; }
}

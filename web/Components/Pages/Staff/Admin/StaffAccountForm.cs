namespace AccountingPlatform.Web.Components.Pages.Staff.Admin;

/// <summary>A new staff account as the administrator fills it in: role, name, phone, initial password, and a reviewer's division (province, then city and county if narrower).</summary>
public sealed class StaffAccountForm
{
    /// <summary>"load" (选择下一级) or "create".</summary>
    public string? Action { get; set; }
    public string? Role { get; set; } = "reviewer";
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Password { get; set; }
    public string? Province { get; set; }
    public string? City { get; set; }
    public string? County { get; set; }

    /// <summary>The narrowest division chosen: the reviewer reviews it and everything inside it.</summary>
    public string? DivisionCode => Role == "reviewer" ? County ?? City ?? Province : null;
}

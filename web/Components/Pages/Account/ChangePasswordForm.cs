namespace AccountingPlatform.Web.Components.Pages.Account;

/// <summary>The change-password form as the person filled it in.</summary>
public sealed class ChangePasswordForm
{
    public string? Action { get; set; }
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}

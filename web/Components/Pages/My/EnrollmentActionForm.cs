namespace AccountingPlatform.Web.Components.Pages.My;

/// <summary>What the candidate asked of one enrollment on 我的报名: to cancel or withdraw it (asked first, then confirmed).</summary>
public sealed class EnrollmentActionForm
{
    /// <summary>ask-cancel, cancel, ask-withdraw, withdraw.</summary>
    public string? Action { get; set; }
    public Guid? EnrollmentId { get; set; }
}

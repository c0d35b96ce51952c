namespace AccountingPlatform.Web.Components.Pages.Exam;

/// <summary>
/// The enrollment as the candidate fills it in over its steps (必读事项与承诺 → 报名信息与科目), carried in the form so
/// that a refusal or a retry keeps everything. The chosen subjects come as repeated <c>Form.SubjectCodes</c> values.
/// </summary>
public sealed class EnrollForm
{
    public string? Action { get; set; }
    /// <summary>"notice" (必读事项与承诺) or "form" (报名信息与科目).</summary>
    public string? Step { get; set; }
    public int? NoticeVersion { get; set; }
    public bool AcceptedCommitment { get; set; }
    public bool AcceptedLegalNotice { get; set; }
    public string? HighestEducation { get; set; }
    public string? School { get; set; }
    public string? Major { get; set; }
    public string? GraduationDate { get; set; }
    public string? AccountingWorkYears { get; set; }
    public string? Employer { get; set; }
    public string? MailingAddress { get; set; }
    public string? PostalCode { get; set; }
    public string? MobilePhone { get; set; }
    public string? Email { get; set; }
    public Guid? EnrollmentId { get; set; }
    public string? IdempotencyKey { get; set; }
}

namespace AccountingPlatform.Enrollment.Notifications;

/// <summary>Section <c>Enrollment:Notices</c>: the approved SMS template of the confirmation (Aliyun templates are approved one by one).</summary>
public sealed class ConfirmationNoticeOptions
{
    public const string SectionName = "Enrollment:Notices";

    /// <summary>Template text, as approved: 您已成功报名${exam}（${province}），报名号${number}。</summary>
    public string ConfirmedSmsTemplateCode { get; set; } = "SMS_000000002";
}

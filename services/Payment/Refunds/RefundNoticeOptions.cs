namespace AccountingPlatform.Payment.Refunds;

/// <summary>Section <c>Payment:Notices</c>: the approved SMS template of the refund notice (Aliyun templates are approved one by one).</summary>
public sealed class RefundNoticeOptions
{
    public const string SectionName = "Payment:Notices";

    /// <summary>Template text, as approved: ${reason}，您为${exam}缴纳的报名费${amount}元已通过${channel}原路退回（订单号${order}），${arrival}。</summary>
    public string RefundedSmsTemplateCode { get; set; } = "SMS_000000003";
}

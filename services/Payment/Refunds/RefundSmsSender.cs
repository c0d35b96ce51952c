using AccountingPlatform.Channels.Sms;
using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Data;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Payment.Refunds;

/// <summary>
/// A refund (<c>PaymentRefunded</c>) reaches the candidate as an SMS to the phone verified in the pre-pay step. Sent
/// once per refund (the inbox records it in the same transaction); an SMS failure rolls back and the broker redelivers,
/// independently of the e-mail.
/// </summary>
public sealed class RefundSmsSender(PaymentDbContext db, AliyunSmsClient sms, IOptions<RefundNoticeOptions> options, ILogger<RefundSmsSender> logger)
    : IdempotentConsumer<PaymentDbContext, PaymentRefunded>(db, logger)
{
    private readonly ILogger _logger = logger;

    protected override async Task HandleAsync(PaymentRefunded message, CancellationToken cancellationToken)
    {
        if (await RefundNotice.ForAsync(Db, message, cancellationToken) is not { Phone: { } phone } notice)
        {
            _logger.LogWarning("Order {OrderId} has no phone from the pre-pay step; no refund SMS sent", message.PaymentOrderId);
            return;
        }
        await sms.SendAsync(phone, options.Value.RefundedSmsTemplateCode, notice.SmsParameters, cancellationToken);
    }
}

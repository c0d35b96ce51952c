using AccountingPlatform.Channels.Email;
using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Data;

namespace AccountingPlatform.Payment.Refunds;

/// <summary>
/// A refund (<c>PaymentRefunded</c>) reaches the candidate as an e-mail to the address given in the pre-pay step. Sent
/// once per refund (its own inbox row), retried on its own when the mail server is down.
/// </summary>
public sealed class RefundEmailSender(PaymentDbContext db, SmtpEmailSender email, ILogger<RefundEmailSender> logger)
    : IdempotentConsumer<PaymentDbContext, PaymentRefunded>(db, logger)
{
    private readonly ILogger _logger = logger;

    protected override async Task HandleAsync(PaymentRefunded message, CancellationToken cancellationToken)
    {
        if (await RefundNotice.ForAsync(Db, message, cancellationToken) is not { Email: { } to } notice)
        {
            _logger.LogWarning("Order {OrderId} has no e-mail address from the pre-pay step; no refund e-mail sent", message.PaymentOrderId);
            return;
        }
        await email.SendAsync(new EmailMessage(to, notice.EmailSubject, notice.EmailBody), cancellationToken);
    }
}

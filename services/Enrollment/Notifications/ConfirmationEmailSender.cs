using AccountingPlatform.Channels.Email;
using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Messaging;

namespace AccountingPlatform.Enrollment.Notifications;

/// <summary><c>EnrollmentConfirmed</c> reaches the candidate as an e-mail over SMTP; once per event, retried on its own like the SMS.</summary>
public sealed class ConfirmationEmailSender(EnrollmentDbContext db, SmtpEmailSender email, ILogger<ConfirmationEmailSender> logger)
    : IdempotentConsumer<EnrollmentDbContext, EnrollmentConfirmed>(db, logger)
{
    protected override async Task HandleAsync(EnrollmentConfirmed message, CancellationToken cancellationToken)
    {
        if (await ConfirmationNotice.ForAsync(Db, message.EnrollmentId, cancellationToken) is not { } notice) return;
        await email.SendAsync(new EmailMessage(notice.Email, notice.EmailSubject, notice.EmailBody), cancellationToken);
    }
}

using AccountingPlatform.Channels.Sms;
using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Messaging;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Enrollment.Notifications;

/// <summary>
/// <c>EnrollmentConfirmed</c> reaches the candidate as an SMS. Sent once per event (the inbox records it in the same
/// transaction); a channel failure rolls back and the broker redelivers, independently of the e-mail.
/// </summary>
public sealed class ConfirmationSmsSender(EnrollmentDbContext db, AliyunSmsClient sms, IOptions<ConfirmationNoticeOptions> options,
    ILogger<ConfirmationSmsSender> logger) : IdempotentConsumer<EnrollmentDbContext, EnrollmentConfirmed>(db, logger)
{
    protected override async Task HandleAsync(EnrollmentConfirmed message, CancellationToken cancellationToken)
    {
        if (await ConfirmationNotice.ForAsync(Db, message.EnrollmentId, cancellationToken) is not { } notice) return;
        await sms.SendAsync(notice.MobilePhone, options.Value.ConfirmedSmsTemplateCode, new Dictionary<string, string>
        {
            ["exam"] = notice.ExamName, ["province"] = notice.ProvinceName, ["number"] = notice.EnrollmentNumber,
        }, cancellationToken);
    }
}

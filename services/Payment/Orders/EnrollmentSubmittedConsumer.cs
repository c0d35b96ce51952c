using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Data;

namespace AccountingPlatform.Payment.Orders;

public sealed class EnrollmentSubmittedConsumer(PaymentDbContext db, ILogger<EnrollmentSubmittedConsumer> logger)
    : IdempotentConsumer<PaymentDbContext, EnrollmentSubmitted>(db, logger)
{
    protected override async Task HandleAsync(EnrollmentSubmitted message, CancellationToken cancellationToken)
    {
        if (await Db.Payables.FindAsync([message.EnrollmentId], cancellationToken) is not null) return;
        Db.Payables.Add(new PayableEnrollment
        {
            EnrollmentId = message.EnrollmentId,
            UserId = message.UserId,
            ExamCode = message.ExamCode,
            AmountFen = message.AmountFen,
            PayBy = message.PayBy,
        });
    }
}

using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Data;

namespace AccountingPlatform.Payment.Orders;

/// <summary>Enrollment confirmed a paid enrollment: Payment keeps the exam's name and the enrollment number, so that later notices (a refund) name them.</summary>
public sealed class EnrollmentConfirmedConsumer(PaymentDbContext db, ILogger<EnrollmentConfirmedConsumer> logger)
    : IdempotentConsumer<PaymentDbContext, EnrollmentConfirmed>(db, logger)
{
    protected override async Task HandleAsync(EnrollmentConfirmed message, CancellationToken cancellationToken)
    {
        if (await Db.Payables.FindAsync([message.EnrollmentId], cancellationToken) is not { } payable) return;
        payable.ExamName = message.ExamName;
        payable.EnrollmentNumber = message.EnrollmentNumber;
    }
}

using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>A withdrawn enrollment's refund went through: it is refunded. Other refunds (a duplicate or late payment) change no enrollment.</summary>
public sealed class PaymentRefundedConsumer(EnrollmentDbContext db, ILogger<PaymentRefundedConsumer> logger)
    : IdempotentConsumer<EnrollmentDbContext, PaymentRefunded>(db, logger)
{
    protected override async Task HandleAsync(PaymentRefunded message, CancellationToken cancellationToken)
    {
        var enrollment = await Db.Enrollments.FirstOrDefaultAsync(e => e.Id == message.EnrollmentId, cancellationToken);
        if (enrollment is not { Status: EnrollmentStatus.Withdrawn } || enrollment.PaymentOrderId != message.PaymentOrderId) return;
        enrollment.Status = EnrollmentStatus.Refunded;
        enrollment.ClosedAt = message.RefundedAt;
    }
}

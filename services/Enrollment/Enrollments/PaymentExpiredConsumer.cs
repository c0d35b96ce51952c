using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// A payment QR code expired unpaid: an enrollment still awaiting payment remembers when, so its next step asks for a
/// new code before the deadline. Out of order (after a payment or a cancellation) it changes nothing.
/// </summary>
public sealed class PaymentExpiredConsumer(EnrollmentDbContext db, ILogger<PaymentExpiredConsumer> logger)
    : IdempotentConsumer<EnrollmentDbContext, PaymentExpired>(db, logger)
{
    protected override async Task HandleAsync(PaymentExpired message, CancellationToken cancellationToken)
    {
        var enrollment = await Db.Enrollments.FirstOrDefaultAsync(e => e.Id == message.EnrollmentId && e.UserId == message.UserId, cancellationToken);
        if (enrollment is not { Status: EnrollmentStatus.AwaitingPayment }) return;
        if (enrollment.PaymentCodeExpiredAt is null || enrollment.PaymentCodeExpiredAt < message.ExpiredAt)
            enrollment.PaymentCodeExpiredAt = message.ExpiredAt.ToUniversalTime();
    }
}

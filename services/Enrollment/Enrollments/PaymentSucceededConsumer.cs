using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>Payment success = enrollment success: the enrollment is confirmed and <c>EnrollmentConfirmed</c> published.</summary>
public sealed class PaymentSucceededConsumer(EnrollmentDbContext db, ILogger<PaymentSucceededConsumer> logger)
    : IdempotentConsumer<EnrollmentDbContext, PaymentSucceeded>(db, logger)
{
    protected override async Task HandleAsync(PaymentSucceeded message, CancellationToken cancellationToken)
    {
        var enrollment = await Db.Enrollments.FirstOrDefaultAsync(e => e.Id == message.EnrollmentId, cancellationToken)
            ?? throw new InvalidOperationException($"Payment {message.PaymentOrderId} names unknown enrollment {message.EnrollmentId}.");
        if (enrollment.Status == EnrollmentStatus.Confirmed) return;
        enrollment.Status = EnrollmentStatus.Confirmed;
        enrollment.PaidAt = message.PaidAt;
        enrollment.PaymentOrderId = message.PaymentOrderId;
        Db.AddIntegrationEvent(new EnrollmentConfirmed(enrollment.Id, enrollment.UserId, enrollment.ExamCode, enrollment.ProvinceCode, EnrollmentNumber: "", Clock.GetUtcNow()));
    }
}

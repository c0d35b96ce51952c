using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// Payment success = enrollment success: an enrollment awaiting payment is confirmed, gets its enrollment number and
/// <c>EnrollmentConfirmed</c> is published. A payment for an enrollment already cancelled or expired confirms nothing
/// and is handed back to Payment to refund (<c>EnrollmentWithdrawn</c>).
/// </summary>
public sealed class PaymentSucceededConsumer(EnrollmentDbContext db, ILogger<PaymentSucceededConsumer> logger)
    : IdempotentConsumer<EnrollmentDbContext, PaymentSucceeded>(db, logger)
{
    protected override async Task HandleAsync(PaymentSucceeded message, CancellationToken cancellationToken)
    {
        var enrollment = await Db.Enrollments.FirstOrDefaultAsync(e => e.Id == message.EnrollmentId, cancellationToken)
            ?? throw new InvalidOperationException($"Payment {message.PaymentOrderId} names unknown enrollment {message.EnrollmentId}.");
        if (enrollment.Status is EnrollmentStatus.Cancelled or EnrollmentStatus.Expired)
        {
            // The money crossed the cancellation or the deadline: never kept for nothing. Payment refunds the order
            // it names on EnrollmentWithdrawn, as for a withdrawal.
            logger.LogWarning("Payment {PaymentOrderId} arrived for enrollment {EnrollmentId} already {Status}; asking Payment to refund it",
                message.PaymentOrderId, enrollment.Id, enrollment.Status);
            Db.AddIntegrationEvent(new EnrollmentWithdrawn(enrollment.Id, enrollment.UserId, message.PaymentOrderId, message.AmountFen, Clock.GetUtcNow()));
            return;
        }
        if (enrollment.Status != EnrollmentStatus.AwaitingPayment) return;   // already confirmed (a redelivery) or withdrawn
        var exam = await Db.Exams.AsNoTracking().Include(x => x.Subjects).SingleAsync(x => x.Code == enrollment.ExamCode, cancellationToken);
        var candidateName = await Db.Candidates.Where(c => c.UserId == enrollment.UserId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
        enrollment.Status = EnrollmentStatus.Confirmed;
        enrollment.PaidAt = message.PaidAt;
        enrollment.PaymentOrderId = message.PaymentOrderId;
        enrollment.EnrollmentNumber = await EnrollmentNumbers.NextAsync(Db, exam.Year, enrollment.ProvinceCode, cancellationToken);
        Db.AddIntegrationEvent(new EnrollmentConfirmed(enrollment.Id, enrollment.UserId, enrollment.ExamCode, enrollment.ProvinceCode,
            enrollment.EnrollmentNumber, exam.Name, candidateName,
            [.. enrollment.SubjectCodes.Select(code => exam.Subjects.FirstOrDefault(s => s.Code == code)?.Name ?? code)],
            enrollment.AmountFen, Clock.GetUtcNow()));
    }
}

using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Data;

namespace AccountingPlatform.Payment.Orders;

public sealed class EnrollmentExpiredConsumer(PaymentDbContext db, UnpayableEnrollments unpayable, ILogger<EnrollmentExpiredConsumer> logger)
    : IdempotentConsumer<PaymentDbContext, EnrollmentExpired>(db, logger)
{
    protected override Task HandleAsync(EnrollmentExpired message, CancellationToken cancellationToken) =>
        unpayable.MarkAsync(message.EnrollmentId, message.UserId, PayableEnrollmentState.Expired, cancellationToken);
}

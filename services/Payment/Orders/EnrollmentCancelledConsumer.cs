using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Payment.Data;

namespace AccountingPlatform.Payment.Orders;

public sealed class EnrollmentCancelledConsumer(PaymentDbContext db, UnpayableEnrollments unpayable, ILogger<EnrollmentCancelledConsumer> logger)
    : IdempotentConsumer<PaymentDbContext, EnrollmentCancelled>(db, logger)
{
    protected override Task HandleAsync(EnrollmentCancelled message, CancellationToken cancellationToken) =>
        unpayable.MarkAsync(message.EnrollmentId, message.UserId, PayableEnrollmentState.Cancelled, cancellationToken);
}

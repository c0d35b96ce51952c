using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Messaging;

namespace AccountingPlatform.Enrollment.Candidates;

public sealed class RealNameVerifiedConsumer(EnrollmentDbContext db, ILogger<RealNameVerifiedConsumer> logger)
    : IdempotentConsumer<EnrollmentDbContext, RealNameVerified>(db, logger)
{
    protected override async Task HandleAsync(RealNameVerified message, CancellationToken cancellationToken) =>
        (await Db.GetOrAddEligibilityAsync(message.UserId, cancellationToken)).RealNameVerified = true;
}

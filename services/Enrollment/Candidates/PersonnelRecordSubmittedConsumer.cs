using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Messaging;

namespace AccountingPlatform.Enrollment.Candidates;

public sealed class PersonnelRecordSubmittedConsumer(EnrollmentDbContext db, ILogger<PersonnelRecordSubmittedConsumer> logger)
    : IdempotentConsumer<EnrollmentDbContext, PersonnelRecordSubmitted>(db, logger)
{
    protected override async Task HandleAsync(PersonnelRecordSubmitted message, CancellationToken cancellationToken) =>
        (await Db.GetOrAddEligibilityAsync(message.UserId, cancellationToken))
            .ApplyPersonnelRecord(message.Version, PersonnelRecordState.Pending, null);
}

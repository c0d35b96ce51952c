using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Messaging;

namespace AccountingPlatform.Enrollment.Candidates;

/// <summary>An approved record is being changed: until it is approved again the candidate may not enroll in a linked province.</summary>
public sealed class PersonnelRecordReopenedConsumer(EnrollmentDbContext db, ILogger<PersonnelRecordReopenedConsumer> logger)
    : IdempotentConsumer<EnrollmentDbContext, PersonnelRecordReopened>(db, logger)
{
    protected override async Task HandleAsync(PersonnelRecordReopened message, CancellationToken cancellationToken) =>
        (await Db.GetOrAddEligibilityAsync(message.UserId, cancellationToken))
            .ApplyPersonnelRecord(message.Version, PersonnelRecordState.Reopened, null);
}

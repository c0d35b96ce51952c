using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Messaging;

namespace AccountingPlatform.Enrollment.Candidates;

/// <summary><c>ReviewApproved</c> of a personnel record unlocks enrollment in provinces linked to the personnel registry.</summary>
public sealed class ReviewApprovedConsumer(EnrollmentDbContext db, ILogger<ReviewApprovedConsumer> logger)
    : IdempotentConsumer<EnrollmentDbContext, ReviewApproved>(db, logger)
{
    protected override async Task HandleAsync(ReviewApproved message, CancellationToken cancellationToken)
    {
        if (message.Kind != ReviewItemKind.PersonnelRecord) return;
        (await Db.GetOrAddEligibilityAsync(message.UserId, cancellationToken))
            .ApplyPersonnelRecord(message.SubjectVersion, PersonnelRecordState.Approved, null);
    }
}

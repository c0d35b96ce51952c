using AccountingPlatform.Contracts;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Messaging;

namespace AccountingPlatform.Enrollment.Candidates;

public sealed class ReviewRejectedConsumer(EnrollmentDbContext db, ILogger<ReviewRejectedConsumer> logger)
    : IdempotentConsumer<EnrollmentDbContext, ReviewRejected>(db, logger)
{
    protected override async Task HandleAsync(ReviewRejected message, CancellationToken cancellationToken)
    {
        if (message.Kind != ReviewItemKind.PersonnelRecord) return;
        (await Db.GetOrAddEligibilityAsync(message.UserId, cancellationToken))
            .ApplyPersonnelRecord(message.SubjectVersion, PersonnelRecordState.Rejected, message.Comment);
    }
}

using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.PersonnelRecord.Data;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>The decided version becomes rejected with the reviewer's comment; the candidate may edit and resubmit.</summary>
public sealed class ReviewRejectedConsumer(PersonnelDbContext db, ILogger<ReviewRejectedConsumer> logger)
    : IdempotentConsumer<PersonnelDbContext, ReviewRejected>(db, logger)
{
    protected override async Task HandleAsync(ReviewRejected message, CancellationToken cancellationToken)
    {
        if (message.Kind != ReviewItemKind.PersonnelRecord) return;
        var record = await Db.Records.FirstOrDefaultAsync(r => r.Id == message.SubjectId, cancellationToken);
        if (record is null || record.Version != message.SubjectVersion || record.Status != RecordStatus.Pending) return;
        record.Status = RecordStatus.Rejected;
        record.ReviewComment = message.Comment;
        record.DecidedAt = message.OccurredAt;
        Db.AddIntegrationEvent(new PersonnelRecordStatusChanged(
            record.Id, record.UserId, record.Version, PersonnelRecordStatus.Rejected, record.DepartmentDivisionCode, message.Comment, message.OccurredAt));
    }
}

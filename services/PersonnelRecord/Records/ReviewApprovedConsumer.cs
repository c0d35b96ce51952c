using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.PersonnelRecord.Data;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>The decided version becomes approved, unless the candidate has submitted or edited since; the others learn it.</summary>
public sealed class ReviewApprovedConsumer(PersonnelDbContext db, ILogger<ReviewApprovedConsumer> logger)
    : IdempotentConsumer<PersonnelDbContext, ReviewApproved>(db, logger)
{
    protected override async Task HandleAsync(ReviewApproved message, CancellationToken cancellationToken)
    {
        if (message.Kind != ReviewItemKind.PersonnelRecord) return;
        var record = await Db.Records.FirstOrDefaultAsync(r => r.Id == message.SubjectId, cancellationToken);
        if (record is null || record.Version != message.SubjectVersion || record.Status != RecordStatus.Pending) return;
        record.Status = RecordStatus.Approved;
        record.ReviewComment = null;
        record.DecidedAt = message.OccurredAt;
        Db.AddIntegrationEvent(new PersonnelRecordStatusChanged(
            record.Id, record.UserId, record.Version, PersonnelRecordStatus.Approved, record.DepartmentDivisionCode, null, message.OccurredAt));
    }
}

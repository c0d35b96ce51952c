using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Review.Data;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Review.Items;

/// <summary>A submitted personnel record enters its department's queue; older undecided versions are superseded (and no longer held by a claim).</summary>
public sealed class PersonnelRecordSubmittedConsumer(ReviewDbContext db, ILogger<PersonnelRecordSubmittedConsumer> logger)
    : IdempotentConsumer<ReviewDbContext, PersonnelRecordSubmitted>(db, logger)
{
    protected override async Task HandleAsync(PersonnelRecordSubmitted message, CancellationToken cancellationToken)
    {
        var older = await Db.Items
            .Where(i => i.Kind == ReviewItemKind.PersonnelRecord && i.SubjectId == message.RecordId
                && i.SubjectVersion < message.Version && i.Status == ReviewItemStatus.Pending)
            .ToListAsync(cancellationToken);
        older.ForEach(i => (i.Status, i.ClaimedBy, i.ClaimedByName, i.ClaimedUntil) = (ReviewItemStatus.Superseded, null, null, null));

        Db.Items.Add(new ReviewItem
        {
            Kind = ReviewItemKind.PersonnelRecord,
            SubjectId = message.RecordId,
            SubjectVersion = message.Version,
            UserId = message.UserId,
            DivisionCode = message.DepartmentDivisionCode,
            CandidateName = message.CandidateName,
            SnapshotJson = message.Snapshot is null ? null : System.Text.Json.JsonSerializer.Serialize(message.Snapshot),
            AttachmentUrls = [.. message.AttachmentUrls ?? []],
            Status = ReviewItemStatus.Pending,
            SubmittedAt = message.OccurredAt,
        });
    }
}

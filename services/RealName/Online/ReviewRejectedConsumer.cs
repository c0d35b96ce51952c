using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.RealName.Data;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.RealName.Online;

/// <summary>A reviewer rejected an online application: the candidate sees why and may submit again.</summary>
public sealed class ReviewRejectedConsumer(RealNameDbContext db, ILogger<ReviewRejectedConsumer> logger)
    : IdempotentConsumer<RealNameDbContext, ReviewRejected>(db, logger)
{
    protected override async Task HandleAsync(ReviewRejected message, CancellationToken cancellationToken)
    {
        if (message.Kind != ReviewItemKind.RealNameApplication) return;
        var application = await Db.OnlineApplications.FirstOrDefaultAsync(
            a => a.Id == message.SubjectId && a.Version == message.SubjectVersion && a.Status == OnlineApplicationStatus.Pending, cancellationToken);
        if (application is null) return;
        application.Status = OnlineApplicationStatus.Rejected;
        application.DecidedAt = message.OccurredAt;
        application.RejectionReason = message.Comment;
    }
}

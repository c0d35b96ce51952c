using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.RealName.Data;
using AccountingPlatform.RealName.Verifications;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.RealName.Online;

/// <summary>A reviewer approved an online application: the candidate's real name is verified.</summary>
public sealed class ReviewApprovedConsumer(RealNameDbContext db, TimeProvider clock, ILogger<ReviewApprovedConsumer> logger)
    : IdempotentConsumer<RealNameDbContext, ReviewApproved>(db, logger)
{
    protected override async Task HandleAsync(ReviewApproved message, CancellationToken cancellationToken)
    {
        if (message.Kind != ReviewItemKind.RealNameApplication) return;
        var application = await Db.OnlineApplications.FirstOrDefaultAsync(
            a => a.Id == message.SubjectId && a.Version == message.SubjectVersion && a.Status == OnlineApplicationStatus.Pending, cancellationToken);
        if (application is null) return;   // stale or already decided
        application.Status = OnlineApplicationStatus.Approved;
        application.DecidedAt = message.OccurredAt;

        var person = await Db.People.FirstAsync(p => p.UserId == application.UserId, cancellationToken);
        RealNameVerification.Verify(Db, person, application.Id, VerificationMethod.Online, clock.GetUtcNow());
    }
}

using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Review.Data;

namespace AccountingPlatform.Review.Items;

/// <summary>An online real-name application enters the queue of the county the candidate chose.</summary>
public sealed class RealNameSubmittedForReviewConsumer(ReviewDbContext db, ILogger<RealNameSubmittedForReviewConsumer> logger)
    : IdempotentConsumer<ReviewDbContext, RealNameSubmittedForReview>(db, logger)
{
    protected override Task HandleAsync(RealNameSubmittedForReview message, CancellationToken cancellationToken)
    {
        Db.Items.Add(new ReviewItem
        {
            Kind = ReviewItemKind.RealNameApplication,
            SubjectId = message.ApplicationId,
            SubjectVersion = message.Version,
            UserId = message.UserId,
            DivisionCode = message.CountyCode,
            CandidateName = message.CandidateName,
            CertificateType = message.CertificateType,
            CertificateNumber = message.CertificateNumber,
            AttachmentUrls = [.. message.PhotoUrls],
            Status = ReviewItemStatus.Pending,
            SubmittedAt = message.OccurredAt,
        });
        return Task.CompletedTask;
    }
}

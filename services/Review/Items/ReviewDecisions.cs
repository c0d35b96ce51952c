using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Review.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Review.Items;

/// <summary>
/// Approving or rejecting (with a required comment) the pending version of an item in the reviewer's division: not one
/// another reviewer holds, every decision audited, <c>ReviewApproved</c>/<c>ReviewRejected</c> published with it.
/// </summary>
public static class ReviewDecisions
{
    public static Task<Results<Ok<ReviewItemView>, ProblemHttpResult>> ApproveAsync(
        Guid id, HttpContext http, ReviewDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        DecideAsync(id, ReviewItemStatus.Approved, null, http, db, clock, cancellationToken);

    public static Task<Results<Ok<ReviewItemView>, ProblemHttpResult>> RejectAsync(
        Guid id, RejectRequest request, HttpContext http, ReviewDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var comment = request.Comment?.Trim();
        if (string.IsNullOrEmpty(comment) || comment.Length > 1000)
        {
            return Task.FromResult<Results<Ok<ReviewItemView>, ProblemHttpResult>>(ApiProblem.Validation("REVIEW_COMMENT_REQUIRED",
                new Dictionary<string, string[]> { ["comment"] = ["审核不通过时必须填写审核意见（不超过1000字）"] }));
        }
        return DecideAsync(id, ReviewItemStatus.Rejected, comment, http, db, clock, cancellationToken);
    }

    private static async Task<Results<Ok<ReviewItemView>, ProblemHttpResult>> DecideAsync(
        Guid id, ReviewItemStatus decision, string? comment, HttpContext http, ReviewDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var item = await ReviewItemQueries.FindInDivisionAsync(id, http, db, cancellationToken);
        if (item is null) return ReviewItemProblems.NotFound();
        var now = clock.GetUtcNow();
        var reviewerId = http.User.GetUserId();
        if (Refusal(item, reviewerId, now, await LastDecisionIfDecidedAsync(item, db, cancellationToken)) is { } refused) return refused;

        (item.ClaimedBy, item.ClaimedByName, item.ClaimedUntil) = (null, null, null);
        db.Decisions.Add(new ReviewDecision
        {
            ReviewItemId = item.Id,
            SubjectVersion = item.SubjectVersion,
            ReviewerId = reviewerId,
            ReviewerName = http.User.GetStaffName(),
            ReviewerDivisionCode = http.User.GetDivision()!,
            Kind = item.Kind,
            CandidateName = item.CandidateName,
            DivisionCode = item.DivisionCode,
            PreviousStatus = item.Status,
            NewStatus = decision,
            Comment = comment,
            DecidedAt = now,
        });
        item.Status = decision;
        item.DecidedAt = now;
        item.DecidedBy = reviewerId;
        item.Comment = comment;
        db.AddIntegrationEvent<IIntegrationEvent>(decision == ReviewItemStatus.Approved
            ? new ReviewApproved(item.Id, item.Kind, item.SubjectId, item.SubjectVersion, item.UserId, item.DivisionCode, now)
            : new ReviewRejected(item.Id, item.Kind, item.SubjectId, item.SubjectVersion, item.UserId, item.DivisionCode, comment!, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A colleague changed the item between our read and our write (decided it, claimed it) or the candidate
            // resubmitted: nothing of ours was written; say what happened, as it is now.
            db.ChangeTracker.Clear();
            var current = await db.Items.AsNoTracking().FirstAsync(i => i.Id == id, cancellationToken);
            return Refusal(current, reviewerId, now, await LastDecisionIfDecidedAsync(current, db, cancellationToken))
                ?? ApiProblem.Conflict("REVIEW_ITEM_CHANGED", "该事项刚被其他审核人员处理，请刷新后重试");
        }
        return TypedResults.Ok(ReviewItemView.Of(item));
    }

    /// <summary>
    /// Why <paramref name="reviewerId"/> may not decide <paramref name="item"/> at <paramref name="now"/>, or null when
    /// they may: a newer version replaced it, it was decided (by whom, from <paramref name="lastDecision"/>), or a
    /// colleague holds a live claim on it.
    /// </summary>
    public static ProblemHttpResult? Refusal(ReviewItem item, Guid reviewerId, DateTimeOffset now, ReviewDecision? lastDecision) => item.Status switch
    {
        ReviewItemStatus.Superseded => ApiProblem.Conflict("REVIEW_ITEM_SUPERSEDED", "考生已重新提交，该版本无需再审核"),
        ReviewItemStatus.Approved or ReviewItemStatus.Rejected => ReviewItemProblems.AlreadyDecided(lastDecision),
        _ when ReviewClaim.HeldByAnother(item, reviewerId, now) => ReviewItemProblems.ClaimedByAnother(item),
        _ => null,
    };

    private static Task<ReviewDecision?> LastDecisionIfDecidedAsync(ReviewItem item, ReviewDbContext db, CancellationToken cancellationToken) =>
        item.Status is ReviewItemStatus.Approved or ReviewItemStatus.Rejected
            ? db.Decisions.AsNoTracking().Where(d => d.ReviewItemId == item.Id).OrderByDescending(d => d.DecidedAt).FirstOrDefaultAsync(cancellationToken)
            : Task.FromResult<ReviewDecision?>(null);
}

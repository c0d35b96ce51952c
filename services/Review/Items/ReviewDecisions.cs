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
        if (item.Status == ReviewItemStatus.Superseded)
            return ApiProblem.Conflict("REVIEW_ITEM_SUPERSEDED", "考生已重新提交，该版本无需再审核");
        if (item.Status != ReviewItemStatus.Pending)
            return ApiProblem.Conflict("REVIEW_ALREADY_DECIDED", "该事项已审核，不能重复审核");

        var now = clock.GetUtcNow();
        var reviewerId = http.User.GetUserId();
        if (ReviewClaim.HeldByAnother(item, reviewerId, now)) return ReviewItemProblems.ClaimedByAnother(item);
        (item.ClaimedBy, item.ClaimedUntil) = (null, null);
        db.Decisions.Add(new ReviewDecision
        {
            ReviewItemId = item.Id,
            SubjectVersion = item.SubjectVersion,
            ReviewerId = reviewerId,
            ReviewerDivisionCode = http.User.GetDivision()!,
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
            return ApiProblem.Conflict("REVIEW_ALREADY_DECIDED", "该事项刚被其他审核人员处理，请刷新后查看");
        }
        return TypedResults.Ok(ReviewItemView.Of(item));
    }
}

using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.Divisions;
using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.Review.Data;
using AccountingPlatform.Review.Items;
using AccountingPlatform.ServiceDefaults.Paging;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Review;

/// <summary>The review queues of a reviewer's division: list, open, approve, reject.</summary>
public static class ReviewItemsApi
{
    /// <summary>The certificate number is shown in full only on the item itself, to the reviewer who may decide it.</summary>
    public sealed record ReviewItemView(
        Guid Id, ReviewItemKind Kind, Guid SubjectId, int SubjectVersion, Guid UserId, string DivisionCode,
        string CandidateName, ReviewItemStatus Status, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, string? Comment,
        string? CertificateType, string? CertificateNumber, IReadOnlyList<string> AttachmentUrls,
        Guid? ClaimedBy, DateTimeOffset? ClaimedUntil);

    /// <summary>One item opened: what was submitted, and what changed since the version last decided.</summary>
    public sealed record ReviewItemDetail(ReviewItemView Item, Dictionary<string, string> Snapshot, int? ComparedWithVersion, List<SnapshotChange> Changes);

    public sealed record RejectRequest(string? Comment);

    public static IEndpointRouteBuilder MapReviewItemsApi(this IEndpointRouteBuilder app)
    {
        var items = app.MapGroup("/api/review/items").WithTags("Review items")
            .RequireAuthorization(PlatformClaims.Policies.Reviewer);
        items.MapGet("/", ListAsync).WithSummary("本辖区待审/已审事项");
        items.MapGet("/{id:guid}", GetAsync).WithSummary("查看事项");
        items.MapGet("/{id:guid}/decisions", ListDecisionsAsync).WithSummary("审核记录（谁、何时、哪个版本、前后状态）");
        items.MapPost("/{id:guid}/claim", ClaimAsync).WithSummary("领取事项（30分钟内他人不能审核）");
        items.MapPost("/{id:guid}/release", ReleaseAsync).WithSummary("放弃领取");
        items.MapPost("/{id:guid}/approve", ApproveAsync).WithSummary("审核通过");
        items.MapPost("/{id:guid}/reject", RejectAsync).WithSummary("审核不通过");
        return app;
    }

    public static async Task<Results<Ok<PagedList<ReviewItemView>>, ProblemHttpResult>> ListAsync(
        HttpContext http, ReviewDbContext db, ReviewItemStatus? status, ReviewItemKind? kind,
        CancellationToken cancellationToken, int page = 1, int pageSize = 20)
    {
        if (Paging.Validate(page, pageSize) is { } errors) return ApiProblem.Validation("REVIEW_PAGING_INVALID", errors);
        var prefix = DivisionScope.PrefixOf(http.User.GetDivision()!);
        var query = db.Items.AsNoTracking().Where(i => i.DivisionCode.StartsWith(prefix));
        if (status is not null) query = query.Where(i => i.Status == status);
        if (kind is not null) query = query.Where(i => i.Kind == kind);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(i => i.SubmittedAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<ReviewItemView>(rows.Select(i => ToView(i, masked: true)).ToList(), page, pageSize, total));
    }

    public static async Task<Results<Ok<ReviewItemDetail>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, ReviewDbContext db, CancellationToken cancellationToken)
    {
        var item = await FindInDivisionAsync(id, http, db, cancellationToken);
        if (item is null) return NotFound();
        var snapshot = SnapshotComparison.Read(item.SnapshotJson);
        var lastDecided = await db.Items.AsNoTracking()
            .Where(i => i.Kind == item.Kind && i.SubjectId == item.SubjectId && i.SubjectVersion < item.SubjectVersion
                && (i.Status == ReviewItemStatus.Approved || i.Status == ReviewItemStatus.Rejected))
            .OrderByDescending(i => i.SubjectVersion).FirstOrDefaultAsync(cancellationToken);
        var changes = lastDecided is null ? [] : SnapshotComparison.Compare(SnapshotComparison.Read(lastDecided.SnapshotJson), snapshot);
        return TypedResults.Ok(new ReviewItemDetail(ToView(item), snapshot, lastDecided?.SubjectVersion, changes));
    }

    public static async Task<Results<Ok<List<ReviewDecision>>, ProblemHttpResult>> ListDecisionsAsync(
        Guid id, HttpContext http, ReviewDbContext db, CancellationToken cancellationToken)
    {
        var item = await FindInDivisionAsync(id, http, db, cancellationToken);
        if (item is null) return NotFound();
        return TypedResults.Ok(await db.Decisions.AsNoTracking().Where(d => d.ReviewItemId == id).OrderBy(d => d.DecidedAt).ToListAsync(cancellationToken));
    }

    public static async Task<Results<Ok<ReviewItemView>, ProblemHttpResult>> ClaimAsync(
        Guid id, HttpContext http, ReviewDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var item = await FindInDivisionAsync(id, http, db, cancellationToken);
        if (item is null) return NotFound();
        if (item.Status != ReviewItemStatus.Pending) return ApiProblem.Conflict("REVIEW_ALREADY_DECIDED", "该事项已审核或已被新版本取代");
        var now = clock.GetUtcNow();
        var reviewerId = http.User.GetUserId();
        if (ReviewClaim.HeldByAnother(item, reviewerId, now)) return ClaimedByAnother(item);
        (item.ClaimedBy, item.ClaimedUntil) = (reviewerId, now + ReviewClaim.Duration);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiProblem.Conflict("REVIEW_ITEM_CLAIMED", "该事项刚被其他审核人员领取");
        }
        return TypedResults.Ok(ToView(item));
    }

    public static async Task<Results<Ok<ReviewItemView>, ProblemHttpResult>> ReleaseAsync(
        Guid id, HttpContext http, ReviewDbContext db, CancellationToken cancellationToken)
    {
        var item = await FindInDivisionAsync(id, http, db, cancellationToken);
        if (item is null) return NotFound();
        if (item.ClaimedBy == http.User.GetUserId())
        {
            (item.ClaimedBy, item.ClaimedUntil) = (null, null);
            await db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.Ok(ToView(item));
    }

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
        var item = await FindInDivisionAsync(id, http, db, cancellationToken);
        if (item is null) return NotFound();
        if (item.Status == ReviewItemStatus.Superseded)
            return ApiProblem.Conflict("REVIEW_ITEM_SUPERSEDED", "考生已重新提交，该版本无需再审核");
        if (item.Status != ReviewItemStatus.Pending)
            return ApiProblem.Conflict("REVIEW_ALREADY_DECIDED", "该事项已审核，不能重复审核");

        var now = clock.GetUtcNow();
        var reviewerId = http.User.GetUserId();
        if (ReviewClaim.HeldByAnother(item, reviewerId, now)) return ClaimedByAnother(item);
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
        return TypedResults.Ok(ToView(item));
    }

    private static Task<ReviewItem?> FindInDivisionAsync(Guid id, HttpContext http, ReviewDbContext db, CancellationToken cancellationToken)
    {
        var prefix = DivisionScope.PrefixOf(http.User.GetDivision()!);
        return db.Items.FirstOrDefaultAsync(i => i.Id == id && i.DivisionCode.StartsWith(prefix), cancellationToken);
    }

    private static ProblemHttpResult ClaimedByAnother(ReviewItem item) => ApiProblem.Conflict("REVIEW_ITEM_CLAIMED",
        $"该事项已由其他审核人员领取，请于{BeijingTime.Format(item.ClaimedUntil!.Value, "HH:mm")}（北京时间）后再试或选择其他事项");

    private static ProblemHttpResult NotFound() => ApiProblem.NotFound("REVIEW_ITEM_NOT_FOUND", "审核事项不存在或不在您的审核范围内");

    private static ReviewItemView ToView(ReviewItem i) => ToView(i, masked: false);

    private static ReviewItemView ToView(ReviewItem i, bool masked) => new(
        i.Id, i.Kind, i.SubjectId, i.SubjectVersion, i.UserId, i.DivisionCode, i.CandidateName, i.Status, i.SubmittedAt, i.DecidedAt, i.Comment,
        i.CertificateType, masked ? PersonalData.MaskCertificateNumber(i.CertificateNumber) : i.CertificateNumber, i.AttachmentUrls,
        i.ClaimedBy, i.ClaimedUntil);
}

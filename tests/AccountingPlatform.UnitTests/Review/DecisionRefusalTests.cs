using AccountingPlatform.Review.Items;

namespace AccountingPlatform.UnitTests.Review;

/// <summary>Why a reviewer may not decide an item now: told plainly, with who when it is known.</summary>
public sealed class DecisionRefusalTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);   // 15:00 in Beijing
    private static readonly Guid Me = Guid.NewGuid(), Colleague = Guid.NewGuid();

    private static ReviewItem Item(ReviewItemStatus status, Guid? claimedBy = null, string? claimedByName = null, DateTimeOffset? until = null) =>
        new() { DivisionCode = "440305", CandidateName = "李四", Status = status, ClaimedBy = claimedBy, ClaimedByName = claimedByName, ClaimedUntil = until };

    private static ReviewDecision Decision(string? reviewerName, ReviewItemStatus newStatus) => new()
    {
        ReviewerDivisionCode = "440000", CandidateName = "李四", DivisionCode = "440305", ReviewerName = reviewerName,
        PreviousStatus = ReviewItemStatus.Pending, NewStatus = newStatus, DecidedAt = Now.AddMinutes(-2),
    };

    [Fact]
    public void A_pending_item_nobody_else_holds_may_be_decided()
    {
        Assert.Null(ReviewDecisions.Refusal(Item(ReviewItemStatus.Pending), Me, Now, null));
        Assert.Null(ReviewDecisions.Refusal(Item(ReviewItemStatus.Pending, Me, "我", Now.AddMinutes(10)), Me, Now, null));
    }

    [Fact]
    public void An_item_decided_by_a_colleague_says_who_and_how()
    {
        var refused = ReviewDecisions.Refusal(Item(ReviewItemStatus.Rejected), Me, Now, Decision("王五", ReviewItemStatus.Rejected))!;
        Assert.Equal(409, refused.StatusCode);
        Assert.Equal("REVIEW_ALREADY_DECIDED", refused.ProblemDetails.Extensions["code"]);
        Assert.Equal("该事项已由王五于11-23 14:58审核不通过，不能重复审核", refused.ProblemDetails.Detail);
        Assert.Contains("王五", ReviewDecisions.Refusal(Item(ReviewItemStatus.Approved), Me, Now, Decision("王五", ReviewItemStatus.Approved))!.ProblemDetails.Detail);
    }

    [Fact]
    public void An_item_decided_without_a_known_name_still_says_it_was_decided()
    {
        Assert.Contains("其他审核人员", ReviewDecisions.Refusal(Item(ReviewItemStatus.Approved), Me, Now, Decision(null, ReviewItemStatus.Approved))!.ProblemDetails.Detail);
        Assert.Equal("该事项已审核，不能重复审核", ReviewDecisions.Refusal(Item(ReviewItemStatus.Approved), Me, Now, null)!.ProblemDetails.Detail);
    }

    [Fact]
    public void A_superseded_version_needs_no_decision()
    {
        Assert.Equal("REVIEW_ITEM_SUPERSEDED", ReviewDecisions.Refusal(Item(ReviewItemStatus.Superseded), Me, Now, null)!.ProblemDetails.Extensions["code"]);
    }

    [Fact]
    public void A_colleagues_live_claim_names_the_colleague_and_until_when()
    {
        var refused = ReviewDecisions.Refusal(Item(ReviewItemStatus.Pending, Colleague, "张三", Now.AddMinutes(30)), Me, Now, null)!;
        Assert.Equal("REVIEW_ITEM_CLAIMED", refused.ProblemDetails.Extensions["code"]);
        Assert.StartsWith("该事项已由张三领取，15:30（北京时间）前其他审核人员不能审核", refused.ProblemDetails.Detail);
        Assert.Null(ReviewDecisions.Refusal(Item(ReviewItemStatus.Pending, Colleague, "张三", Now.AddSeconds(-1)), Me, Now, null));
    }
}

using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Review.Items;

internal static class ReviewItemProblems
{
    public static ProblemHttpResult NotFound() => ApiProblem.NotFound("REVIEW_ITEM_NOT_FOUND", "审核事项不存在或不在您的审核范围内");

    /// <summary>该事项已由张三领取，15:30（北京时间）前其他审核人员不能审核…</summary>
    public static ProblemHttpResult ClaimedByAnother(ReviewItem item) => ApiProblem.Conflict("REVIEW_ITEM_CLAIMED",
        $"该事项已由{item.ClaimedByName ?? "其他审核人员"}领取，{BeijingTime.Format(item.ClaimedUntil!.Value, "HH:mm")}（北京时间）前其他审核人员不能审核，请稍后再试或选择其他事项");

    /// <summary>
    /// The item was decided (just now by a colleague, or before): who decided it and how, from its last decision when
    /// there is one, so the reviewer knows not to look again.
    /// </summary>
    public static ProblemHttpResult AlreadyDecided(ReviewDecision? last) => ApiProblem.Conflict("REVIEW_ALREADY_DECIDED", last switch
    {
        null => "该事项已审核，不能重复审核",
        _ => $"该事项已由{last.ReviewerName ?? "其他审核人员"}于{BeijingTime.Format(last.DecidedAt, "MM-dd HH:mm")}审核{(last.NewStatus == ReviewItemStatus.Approved ? "通过" : "不通过")}，不能重复审核",
    });
}

using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Review.Items;

internal static class ReviewItemProblems
{
    public static ProblemHttpResult NotFound() => ApiProblem.NotFound("REVIEW_ITEM_NOT_FOUND", "审核事项不存在或不在您的审核范围内");

    public static ProblemHttpResult ClaimedByAnother(ReviewItem item) => ApiProblem.Conflict("REVIEW_ITEM_CLAIMED",
        $"该事项已由其他审核人员领取，请于{BeijingTime.Format(item.ClaimedUntil!.Value, "HH:mm")}（北京时间）后再试或选择其他事项");
}

using AccountingPlatform.Contracts;
using AccountingPlatform.Divisions;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Review.Items;

/// <summary>
/// What a reviewer's queue shows: items under <see cref="DivisionPrefix"/> (the reviewer's division, or a department
/// within it and everything under that), of a status and kind, submitted within Beijing days, claimed (and still held)
/// by <see cref="ClaimedBy"/>.
/// </summary>
public sealed record ReviewQueueFilter(
    string DivisionPrefix, ReviewItemStatus? Status = null, ReviewItemKind? Kind = null, BeijingDateRange? Submitted = null, Guid? ClaimedBy = null)
{
    /// <summary>
    /// The filter a reviewer of <paramref name="reviewerDivision"/> asks for, or the problem to answer: 400
    /// <c>REVIEW_FILTER_INVALID</c> for a malformed date, from after to, or a department code that is no division; 403
    /// <c>REVIEW_DEPARTMENT_OUT_OF_SCOPE</c> for a department outside the reviewer's division.
    /// </summary>
    public static (ReviewQueueFilter? Filter, ProblemHttpResult? Problem) Parse(
        string reviewerDivision, Guid reviewerId, ReviewItemStatus? status, ReviewItemKind? kind,
        string? submittedFrom, string? submittedTo, string? department, bool? claimedByMe)
    {
        var errors = new Dictionary<string, string[]>();
        var submitted = BeijingDateRange.Parse(submittedFrom, submittedTo, "submittedFrom", "submittedTo", errors);
        var known = string.IsNullOrEmpty(department) || DivisionTree.Instance.Find(department) is not null;
        if (!known) errors["department"] = ["部门所在行政区划代码不存在（应为6位行政区划代码）"];
        if (errors.Count > 0) return (null, ApiProblem.Validation("REVIEW_FILTER_INVALID", errors, "筛选条件有误，请检查后重试"));
        if (!string.IsNullOrEmpty(department) && !DivisionScope.Covers(reviewerDivision, department))
            return (null, ApiProblem.Forbidden("REVIEW_DEPARTMENT_OUT_OF_SCOPE", "该部门不在您的审核范围内，只能筛选本辖区内的部门"));
        var prefix = DivisionScope.PrefixOf(string.IsNullOrEmpty(department) ? reviewerDivision : department);
        return (new ReviewQueueFilter(prefix, status, kind, submitted, claimedByMe == true ? reviewerId : null), null);
    }
}

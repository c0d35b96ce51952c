using AccountingPlatform.Divisions;
using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>保存并下一步: the collection scope and the department of a draft (a department from the division tree).</summary>
public static class DraftSaving
{
    public static async Task<Results<Ok<RecordView>, ProblemHttpResult>> SaveAsync(
        SaveDraftRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.DepartmentDivisionCode is { } code && DivisionTree.Instance.Find(code) is null)
            return ApiProblem.Validation("PERSONNEL_RECORD_INVALID",
                new Dictionary<string, string[]> { ["departmentDivisionCode"] = ["请从行政区划中选择会计管理部门所在地"] });

        var (record, candidate, problem) = await RecordEditing.BeginAsync(db, http.User.GetUserId(), clock.GetUtcNow(), cancellationToken);
        if (problem is not null) return problem;
        record!.CollectionScope = request.CollectionScope ?? record.CollectionScope;
        if (request.DepartmentDivisionCode is { } chosen && chosen != record.DepartmentDivisionCode)
        {
            record.DepartmentDivisionCode = chosen;
            record.DepartmentReason = null;   // the reason given was for the department chosen before
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await RecordViews.OfAsync(record, candidate!, db, cancellationToken));
    }
}

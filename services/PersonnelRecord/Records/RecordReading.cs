using AccountingPlatform.Divisions;
using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>我的会计人员信息与审核告知: the candidate's own record.</summary>
public static class RecordReading
{
    public static async Task<Results<Ok<RecordView>, ProblemHttpResult>> GetAsync(
        HttpContext http, PersonnelDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var candidate = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        var record = await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (candidate is null || record is null) return RecordEditing.NotFound();
        return TypedResults.Ok(await RecordViews.OfAsync(record, candidate, db, cancellationToken));
    }
}

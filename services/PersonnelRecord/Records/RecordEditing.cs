using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using AccountingPlatform.PersonnelRecord.Candidates;
using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>
/// Every change to a record goes through here: only a real-name-verified candidate may collect; a record under review
/// cannot change; changing an approved or rejected record makes it a draft again, and an approved one tells the other
/// services it is no longer approved (a new version, so older events cannot undo it).
/// </summary>
public static class RecordEditing
{
    public static async Task<(PersonnelRecordEntry? Record, Candidate? Candidate, ProblemHttpResult? Problem)> BeginAsync(
        PersonnelDbContext db, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        if (candidate is not { RealNameVerified: true })
            return (null, null, ApiProblem.Unprocessable("PERSONNEL_REALNAME_REQUIRED", "请先完成实名认证，再进行会计人员信息采集"));

        var record = await db.Records.FirstOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (record is null)
        {
            record = new PersonnelRecordEntry { UserId = userId, Status = RecordStatus.Draft };
            db.Records.Add(record);
        }
        else if (record.Status == RecordStatus.Pending)
        {
            return (null, null, UnderReview());
        }
        else if (record.Status == RecordStatus.Approved)
        {
            record.Version++;
            db.AddIntegrationEvent(new PersonnelRecordStatusChanged(
                record.Id, userId, record.Version, PersonnelRecordStatus.Reopened, record.DepartmentDivisionCode, null, now));
        }
        record.Status = RecordStatus.Draft;
        record.UpdatedAt = now;
        return (record, candidate, null);
    }

    /// <summary>Begins the edit, makes the change and saves it with the record's new state; a problem when it may not change.</summary>
    public static async Task<ProblemHttpResult?> ChangeAsync(
        PersonnelDbContext db, Guid userId, DateTimeOffset now, Action change, CancellationToken cancellationToken)
    {
        var (_, _, problem) = await BeginAsync(db, userId, now, cancellationToken);
        if (problem is not null) return problem;
        change();
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public static ProblemHttpResult NotFound() =>
        ApiProblem.NotFound("PERSONNEL_RECORD_NOT_FOUND", "尚未开始会计人员信息采集");

    public static ProblemHttpResult UnderReview() =>
        ApiProblem.Conflict("PERSONNEL_RECORD_UNDER_REVIEW", "信息正在审核中，审核完成前不能修改或重复提交");
}

using AccountingPlatform.Contracts;
using AccountingPlatform.Divisions;
using AccountingPlatform.Messaging;
using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>
/// 承诺并提交: a complete record (scope, photo, certificate, an education, accounting work, a department) goes to its
/// department's review as a new version with a labelled snapshot; the others learn it is pending.
/// </summary>
public static class RecordSubmission
{
    public static async Task<Results<Ok<RecordView>, ProblemHttpResult>> SubmitAsync(
        SubmitRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!request.Commitment)
            return ApiProblem.Validation("PERSONNEL_COMMITMENT_REQUIRED",
                new Dictionary<string, string[]> { ["commitment"] = ["请勾选“承诺所提供信息真实有效”"] });

        var userId = http.User.GetUserId();
        var candidate = await db.Candidates.FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        var record = await db.Records.FirstOrDefaultAsync(r => r.UserId == userId, cancellationToken);
        if (candidate is null || record is null) return RecordEditing.NotFound();
        if (record.Status == RecordStatus.Pending) return RecordEditing.UnderReview();
        if (record.Status == RecordStatus.Approved)
            return ApiProblem.Conflict("PERSONNEL_RECORD_ALREADY_APPROVED", "信息已审核通过，如需变更请先修改信息");

        var missing = new Dictionary<string, string[]>();
        if (record.CollectionScope is null) missing["collectionScope"] = ["请选择采集范围"];
        if (record.StandardPhotoId is null) missing["standardPhoto"] = ["请上传标准证件照"];
        if (record.CertificateFrontId is null) missing["certificateFront"] = ["请上传证件正面"];
        if (record.CertificateBackId is null) missing["certificateBack"] = ["请上传证件反面"];
        if (!await db.Educations.AnyAsync(e => e.UserId == userId, cancellationToken)) missing["educations"] = ["请至少填写一条教育经历"];
        if (!await db.WorkExperiences.AnyAsync(w => w.UserId == userId && w.HasAccountingWork, cancellationToken))
            missing["workExperiences"] = ["会计人员须至少填写一条从事会计工作的工作经历"];
        if (record.DepartmentDivisionCode is null) missing["departmentDivisionCode"] = ["请选择会计管理部门"];
        if (missing.Count > 0) return ApiProblem.Validation("PERSONNEL_RECORD_INCOMPLETE", missing, "信息尚未填写完整");
        var away = EmployerLocation.AwayFrom(await RecordViews.CurrentEmployersAsync(db, userId, cancellationToken), record.DepartmentDivisionCode);
        if (away is not null && request.DepartmentReason is null)
            return ApiProblem.Validation("PERSONNEL_DEPARTMENT_AWAY_FROM_EMPLOYER", new Dictionary<string, string[]>
            {
                ["departmentReason"] = [$"您当前的工作单位“{away.Employer}”登记在{away.DivisionName}，所选会计管理部门在"
                    + $"{DivisionTree.Instance.FullName(record.DepartmentDivisionCode!)}。在职在岗人员应选择工作单位所在地；"
                    + "如按户籍所在地、居住地或实际工作地选择，请选择原因后提交，审核人员将看到该原因"],
            }, "所选会计管理部门与工作单位所在地不一致");

        var now = clock.GetUtcNow();
        record.Status = RecordStatus.Pending;
        record.Version++;
        record.SubmittedAt = now;
        record.ReviewComment = null;
        record.DepartmentReason = away is null ? null : request.DepartmentReason;
        var (snapshot, attachments) = await RecordSnapshot.BuildAsync(db, record, candidate, cancellationToken);
        db.AddIntegrationEvent(new PersonnelRecordSubmitted(
            record.Id, userId, record.Version, record.DepartmentDivisionCode!, candidate.Name, now, snapshot, attachments));
        db.AddIntegrationEvent(new PersonnelRecordStatusChanged(
            record.Id, userId, record.Version, PersonnelRecordStatus.Pending, record.DepartmentDivisionCode, null, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RecordEditing.UnderReview();
        }
        return TypedResults.Ok(await RecordViews.OfAsync(record, candidate, db, cancellationToken));
    }
}

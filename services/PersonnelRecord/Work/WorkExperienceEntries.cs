using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.PersonnelRecord.Files;
using AccountingPlatform.PersonnelRecord.Records;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord.Work;

/// <summary>工作经历: the employer (GB 32100 credit code), sensible dates, accounting work inside the job with its proof, no two overlapping periods at one employer.</summary>
public sealed class WorkExperienceEntries : RecordEntryKind<WorkExperience, WorkExperienceRequest>
{
    public override string Route => "/api/personnel/me/record/work-experiences";
    public override string Tag => "Work experience";
    public override string Name => "工作经历";
    public override string ErrorCode => "PERSONNEL_WORK_EXPERIENCE";

    public override WorkExperience Create(Guid userId) =>
        new() { UserId = userId, Employer = "", CreditCode = "", Industry = "", Address = "", Phone = "" };

    public override async Task<Dictionary<string, string[]>> ValidateAsync(
        WorkExperienceRequest request, Guid userId, PersonnelDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var birth = await db.Candidates.Where(c => c.UserId == userId).Select(c => c.BirthDate).FirstOrDefaultAsync(cancellationToken);
        var proof = request.ProofFileId is { } fileId
            && await db.Files.AnyAsync(f => f.Id == fileId && f.UserId == userId && f.Kind == RecordFileKind.AccountingWorkProof, cancellationToken);
        return WorkExperienceValidator.Validate(request, today, birth, proof);
    }

    /// <summary>
    /// Two entries at one employer (the same credit code, or the same name) whose periods overlap are one job entered
    /// twice, or a typing mistake in its dates: a reviewer would send the record back, so it is refused at once, with
    /// the dates as the fields to correct. Entries at different employers may overlap (a second job).
    /// </summary>
    public override async Task<Dictionary<string, string[]>> OverlapsAsync(
        WorkExperienceRequest request, Guid userId, Guid? entryId, PersonnelDbContext db, CancellationToken cancellationToken)
    {
        var employer = request.Employer!.Trim();
        var creditCode = UnifiedSocialCreditCode.Normalize(request.CreditCode)!;
        var periods = await db.WorkExperiences
            .Where(w => w.UserId == userId && w.Id != entryId && (w.CreditCode == creditCode || w.Employer == employer))
            .Select(w => new { w.StartDate, w.EndDate }).ToListAsync(cancellationToken);
        var (start, end) = (request.StartDate!.Value, request.EndDate ?? DateOnly.MaxValue);
        if (!periods.Any(p => p.StartDate < end && start < (p.EndDate ?? DateOnly.MaxValue))) return [];
        const string message = "与同一单位的另一段工作经历时间重叠，请合并为一段或修改起止日期";
        return new Dictionary<string, string[]> { ["startDate"] = [message], ["endDate"] = [message] };
    }

    public override void Apply(WorkExperienceRequest r, WorkExperience w)
    {
        w.StartDate = r.StartDate!.Value;
        w.EndDate = r.EndDate;
        w.Employer = r.Employer!.Trim();
        w.CreditCode = UnifiedSocialCreditCode.Normalize(r.CreditCode)!;
        w.EmployerType = r.EmployerType!.Value;
        w.Industry = r.Industry!.Trim();
        w.Address = r.Address!.Trim();
        w.Phone = r.Phone!.Trim();
        w.HasAccountingWork = r.HasAccountingWork;
        w.AccountingWorks = r.HasAccountingWork
            ? [.. r.AccountingWorks!.Select(a => new AccountingWork { StartDate = a.StartDate!.Value, EndDate = a.EndDate, Position = a.Position!.Trim() })]
            : [];
        w.ProofFileId = r.HasAccountingWork ? r.ProofFileId : null;
    }
}

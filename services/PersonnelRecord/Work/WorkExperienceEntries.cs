using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.PersonnelRecord.Files;
using AccountingPlatform.PersonnelRecord.Records;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord.Work;

/// <summary>工作经历: the employer (GB 32100 credit code), sensible dates, accounting work inside the job with its proof.</summary>
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

    public override void Apply(WorkExperienceRequest r, WorkExperience w)
    {
        w.StartDate = r.StartDate!.Value;
        w.EndDate = r.EndDate;
        w.Employer = r.Employer!.Trim();
        w.CreditCode = r.CreditCode!.Trim().ToUpperInvariant();
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

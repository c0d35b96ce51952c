using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.PersonnelRecord.Files;
using AccountingPlatform.PersonnelRecord.Records;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord.Educations;

/// <summary>教育经历: dates after birth, start before graduation, an overseas degree with its certification image.</summary>
public sealed class EducationEntries : RecordEntryKind<Education, EducationRequest>
{
    public override string Route => "/api/personnel/me/record/educations";
    public override string Tag => "Education";
    public override string Name => "教育经历";
    public override string ErrorCode => "PERSONNEL_EDUCATION";

    public override Education Create(Guid userId) => new() { UserId = userId, School = "", Major = "" };

    public override async Task<Dictionary<string, string[]>> ValidateAsync(
        EducationRequest request, Guid userId, PersonnelDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var birth = await db.Candidates.Where(c => c.UserId == userId).Select(c => c.BirthDate).FirstOrDefaultAsync(cancellationToken);
        var certified = request.OverseasCertificationFileId is { } fileId
            && await db.Files.AnyAsync(f => f.Id == fileId && f.UserId == userId && f.Kind == RecordFileKind.OverseasCertification, cancellationToken);
        return EducationValidator.Validate(request, today, birth, certified);
    }

    public override void Apply(EducationRequest r, Education e)
    {
        e.TrainingMode = r.TrainingMode!.Value;
        e.School = r.School!.Trim();
        e.Level = r.Level!.Value;
        e.Degree = r.Degree!.Value;
        e.Major = r.Major!.Trim();
        e.StartDate = r.StartDate!.Value;
        e.GraduationDate = r.GraduationDate!.Value;
        e.DiplomaNumber = r.DiplomaNumber?.Trim();
        e.DegreeNumber = r.DegreeNumber?.Trim();
        e.Overseas = r.Overseas;
        e.OverseasCertificationFileId = r.Overseas ? r.OverseasCertificationFileId : null;
    }
}

using AccountingPlatform.Divisions;
using AccountingPlatform.PersonnelRecord.Candidates;
using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.PersonnelRecord.Files;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord.Records;

public static class RecordViews
{
    /// <summary>The record with its counts, image links and the department to contact (the chosen one or the nearest above it).</summary>
    public static async Task<RecordView> OfAsync(PersonnelRecordEntry r, Candidate c, PersonnelDbContext db, CancellationToken cancellationToken)
    {
        var educations = await db.Educations.CountAsync(e => e.UserId == r.UserId, cancellationToken);
        var work = await db.WorkExperiences.CountAsync(w => w.UserId == r.UserId, cancellationToken);
        string? Url(Guid? fileId) => fileId is { } id ? RecordFileLinks.Of(r.Id, id) : null;
        return new RecordView(
            r.Id, r.Status, r.Version, r.CollectionScope, r.DepartmentDivisionCode,
            r.DepartmentDivisionCode is { } code ? DivisionTree.Instance.FullName(code) : null,
            r.ReviewComment, r.SubmittedAt, r.DecidedAt,
            new BasicInfo(c.Name, c.CertificateType, c.CertificateNumber, c.Gender, c.BirthDate, c.Phone),
            Url(r.StandardPhotoId), Url(r.CertificateFrontId), Url(r.CertificateBackId), educations, work,
            await ContactAsync(r.DepartmentDivisionCode, db, cancellationToken), r.DepartmentReason,
            EmployerLocation.AwayFrom(await CurrentEmployersAsync(db, r.UserId, cancellationToken), r.DepartmentDivisionCode));
    }

    /// <summary>The employers of the candidate's work entries that run 至今.</summary>
    public static async Task<List<(string Employer, string CreditCode)>> CurrentEmployersAsync(PersonnelDbContext db, Guid userId, CancellationToken cancellationToken) =>
        (await db.WorkExperiences.AsNoTracking().Where(w => w.UserId == userId && w.EndDate == null)
            .Select(w => new { w.Employer, w.CreditCode }).ToListAsync(cancellationToken))
        .Select(w => (w.Employer, w.CreditCode)).ToList();

    /// <summary>One query for the chosen division and every division above it; the nearest listed department answers.</summary>
    private static async Task<DepartmentContact?> ContactAsync(string? divisionCode, PersonnelDbContext db, CancellationToken cancellationToken)
    {
        var chain = new List<string>();
        for (var at = divisionCode; at is not null; at = DivisionTree.Instance.Find(at)?.ParentCode) chain.Add(at);
        if (chain.Count == 0) return null;
        var listed = await db.Departments.AsNoTracking().Where(d => chain.Contains(d.DivisionCode)).ToListAsync(cancellationToken);
        var nearest = listed.OrderBy(d => chain.IndexOf(d.DivisionCode)).FirstOrDefault();
        return nearest is null ? null : new DepartmentContact(nearest.DivisionCode, nearest.Name, nearest.Phone, nearest.Address);
    }
}

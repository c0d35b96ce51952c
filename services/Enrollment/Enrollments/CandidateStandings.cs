using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// Decides a candidate's standing for an exam in a province (SPEC §5.4): linked province → the personnel record
/// decides; enrolled before or has results → returning (form prefilled from the last enrollment); else new.
/// Passes are carried for 中级 within two consecutive exam years: a subject passed in the previous year's exam.
/// </summary>
public static class CandidateStandings
{
    public static async Task<CandidateStanding> DecideAsync(EnrollmentDbContext db, Guid userId, Exam exam, ExamProvince province, CancellationToken cancellationToken)
    {
        var candidate = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        var carried = await CarriedAsync(db, candidate?.CertificateType, candidate?.CertificateNumber, exam, cancellationToken);
        var last = await db.Enrollments.AsNoTracking()
            .Where(e => e.UserId == userId)
            .OrderByDescending(e => e.CreatedAt)
            .Select(e => new { e.Contact, e.Form })
            .FirstOrDefaultAsync(cancellationToken);
        var lastForm = await db.Enrollments.AsNoTracking()
            .Where(e => e.UserId == userId && e.Form != null)
            .OrderByDescending(e => e.CreatedAt)
            .Select(e => e.Form)
            .FirstOrDefaultAsync(cancellationToken);
        var hasResults = candidate?.CertificateNumber is { } number && await db.ExamResults
            .AnyAsync(r => r.CertificateType == candidate.CertificateType && r.CertificateNumber == number, cancellationToken);

        var kind = province.LinkedToPersonnelRegistry ? EnrollmentKind.Linked
            : last is not null || hasResults ? EnrollmentKind.Returning
            : EnrollmentKind.New;
        var contact = last?.Contact ?? new EnrollmentContact(candidate?.RegisteredPhone, null);
        var refusal = province.LinkedToPersonnelRegistry ? PersonnelRecordGate.RefusalFor(candidate, province.ProvinceCode) : null;
        return new CandidateStanding(candidate?.RealNameVerified == true, kind, carried, contact, lastForm, refusal);
    }

    private static async Task<IReadOnlyList<CarriedSubject>> CarriedAsync(EnrollmentDbContext db, string? certificateType, string? certificateNumber,
        Exam exam, CancellationToken cancellationToken)
    {
        if (certificateType is null || certificateNumber is null) return [];
        var previousYear = exam.Year - 1;
        var passes = await (
            from result in db.ExamResults.AsNoTracking()
            join earlier in db.Exams.AsNoTracking() on result.ExamCode equals earlier.Code
            where result.CertificateType == certificateType && result.CertificateNumber == certificateNumber
                && earlier.Level == exam.Level && earlier.Year == previousYear
            select new { result.SubjectCode, result.ExamCode, result.Score })
            .ToListAsync(cancellationToken);
        return exam.Subjects
            .Select(s => (Subject: s, Pass: passes.Where(p => p.SubjectCode == s.Code).MaxBy(p => p.Score)))
            .Where(x => x.Pass is not null)
            .Select(x => new CarriedSubject(x.Subject.Code, x.Subject.Name, x.Pass!.ExamCode, x.Pass.Score))
            .ToList();
    }
}

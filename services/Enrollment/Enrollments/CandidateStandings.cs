using AccountingPlatform.Enrollment.Candidates;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.Enrollment.Results;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// Decides a candidate's standing for an exam in a province (SPEC §5.4): linked province → the personnel record
/// decides; enrolled before or has results → returning (form prefilled from the last enrollment, else from what the
/// imported results said of them); else new. Passes are carried for 中级 within two consecutive exam years: a subject
/// passed in the previous year's exam.
/// </summary>
public static class CandidateStandings
{
    public static async Task<CandidateHistory> LoadAsync(EnrollmentDbContext db, Guid userId, CandidateEligibility? candidate, Exam exam,
        CancellationToken cancellationToken)
    {
        var last = await db.Enrollments.AsNoTracking()
            .Where(e => e.UserId == userId)
            .OrderByDescending(e => e.CreatedAt)
            .Select(e => new { e.Contact })
            .FirstOrDefaultAsync(cancellationToken);
        var lastForm = await db.Enrollments.AsNoTracking()
            .Where(e => e.UserId == userId && e.Form != null)
            .OrderByDescending(e => e.CreatedAt)
            .Select(e => e.Form)
            .FirstOrDefaultAsync(cancellationToken);
        if (candidate is not { CertificateType: { } type, CertificateNumber: { } number })
            return CandidateHistory.None(candidate) with { EnrolledBefore = last is not null, LastContact = last?.Contact, LastForm = lastForm };

        var results = db.ExamResults.AsNoTracking().Where(r => r.CertificateType == type && r.CertificateNumber == number);
        var hasResults = await results.AnyAsync(cancellationToken);
        var previousYear = exam.Year - 1;
        var passes = hasResults
            ? await (from result in results
                     join earlier in db.Exams.AsNoTracking() on result.ExamCode equals earlier.Code
                     where earlier.Level == exam.Level && earlier.Year == previousYear
                     select new PreviousPass(result.SubjectCode, result.ExamCode, result.Score)).ToListAsync(cancellationToken)
            : [];
        var formFromResults = hasResults && lastForm is null
            ? await results.Where(r => r.HolderForm != null).OrderByDescending(r => r.ImportedAt).Select(r => r.HolderForm).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new CandidateHistory(candidate, last is not null, last?.Contact, lastForm, hasResults, HolderColumns.FromJson(formFromResults), passes);
    }

    public static CandidateStanding Decide(CandidateHistory history, Exam exam, ExamProvince province)
    {
        var candidate = history.Candidate;
        var kind = province.LinkedToPersonnelRegistry ? EnrollmentKind.Linked
            : history.EnrolledBefore || history.HasResults ? EnrollmentKind.Returning
            : EnrollmentKind.New;
        var carried = exam.Subjects
            .Select(s => (Subject: s, Pass: history.PreviousYearPasses.Where(p => p.SubjectCode == s.Code).MaxBy(p => p.Score)))
            .Where(x => x.Pass is not null)
            .Select(x => new CarriedSubject(x.Subject.Code, x.Subject.Name, x.Pass!.ExamCode, x.Pass.Score))
            .ToList();
        var contact = history.LastContact ?? new EnrollmentContact(candidate?.RegisteredPhone, null);
        var refusal = province.LinkedToPersonnelRegistry ? PersonnelRecordGate.RefusalFor(candidate, province.ProvinceCode) : null;
        return new CandidateStanding(candidate?.RealNameVerified == true, kind, carried, contact, history.LastForm ?? history.FormFromResults, refusal);
    }
}

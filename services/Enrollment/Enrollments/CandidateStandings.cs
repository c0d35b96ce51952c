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
        var enrollments = await db.Enrollments.AsNoTracking().Where(e => e.UserId == userId).OrderByDescending(e => e.CreatedAt).ToListAsync(cancellationToken);
        var hasResults = candidate is { CertificateType: { } type, CertificateNumber: { } number }
            && await db.ExamResults.AnyAsync(r => r.CertificateType == type && r.CertificateNumber == number, cancellationToken);
        return await WithResultsAsync(db, Known(candidate, enrollments, hasResults), exam, cancellationToken);
    }

    /// <summary>
    /// The history as far as the candidate's own rows tell it: their enrollments (newest first) give whether they
    /// enrolled before, the last contact and the last form; whether they have results is loaded beside them.
    /// </summary>
    public static CandidateHistory Known(CandidateEligibility? candidate, IReadOnlyList<ExamEnrollment> enrollmentsNewestFirst, bool hasResults) =>
        CandidateHistory.None(candidate) with
        {
            EnrolledBefore = enrollmentsNewestFirst.Count > 0,
            LastContact = enrollmentsNewestFirst.FirstOrDefault()?.Contact,
            LastForm = enrollmentsNewestFirst.FirstOrDefault(e => e.Form is not null)?.Form,
            HasResults = hasResults && candidate is { CertificateType: not null, CertificateNumber: not null },
        };

    /// <summary>What the imported results add, read only for a candidate who has some: previous-year passes, the newest file's form.</summary>
    public static async Task<CandidateHistory> WithResultsAsync(EnrollmentDbContext db, CandidateHistory history, Exam exam, CancellationToken cancellationToken)
    {
        if (!history.HasResults || history.Candidate is not { CertificateType: { } type, CertificateNumber: { } number }) return history;
        var results = db.ExamResults.AsNoTracking().Where(r => r.CertificateType == type && r.CertificateNumber == number);
        var previousYear = exam.Year - 1;
        var passes = await (from result in results
                            join earlier in db.Exams.AsNoTracking() on result.ExamCode equals earlier.Code
                            where earlier.Level == exam.Level && earlier.Year == previousYear
                            select new PreviousPass(result.SubjectCode, result.ExamCode, result.Score)).ToListAsync(cancellationToken);
        var formFromResults = history.LastForm is null
            ? await results.Where(r => r.HolderForm != null).OrderByDescending(r => r.ImportedAt).Select(r => r.HolderForm).FirstOrDefaultAsync(cancellationToken)
            : null;
        return history with { FormFromResults = HolderColumns.FromJson(formFromResults), PreviousYearPasses = passes };
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

namespace AccountingPlatform.Enrollment.Exams;

/// <summary>
/// The exams candidates see: the published ones. Every candidate's read (the exam list, a notice, the options in a
/// province) and the enrollment itself go through here, so an unpublished exam is to them as an unknown one.
/// </summary>
public static class CandidateExams
{
    public static IQueryable<Exam> SeenByCandidates(this IQueryable<Exam> exams) => exams.Where(e => e.Published);
}

using AccountingPlatform.Enrollment.Candidates;
using AccountingPlatform.Enrollment.Exams;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// What an enrollment is decided on, as loaded: the exam (with its subjects) and the requested province's terms, the
/// candidate, whether they already hold an active enrollment in the exam, and their history (for the standing).
/// </summary>
public sealed record SubmissionFacts(
    Exam? Exam, ExamProvince? Province, CandidateEligibility? Candidate, bool HasActiveEnrollment, CandidateHistory History);

using AccountingPlatform.Enrollment.Exams;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// Before enrolling in a province, what the platform decided for this candidate: whether the real name is verified, the kind of candidate, whether the
/// form is needed (and what to prefill), the subjects carried and those left to choose, the fee, the deadline, the
/// notice version to read, and why enrollment is refused, if it is.
/// </summary>
public sealed record EnrollmentOptionsView(
    string ExamCode, string ProvinceCode, bool RealNameVerified, EnrollmentKind Kind, bool FormRequired, string? Refusal, bool WindowOpen,
    IReadOnlyList<CarriedSubject> CarriedSubjects, IReadOnlyList<ExamView.Subject> SelectableSubjects,
    long FeePerSubjectFen, DateTimeOffset PaymentDeadline, int NoticeVersion,
    EnrollmentContact PrefilledContact, EnrollmentForm? PrefilledForm);

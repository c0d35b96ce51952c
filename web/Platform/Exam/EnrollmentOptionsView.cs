namespace AccountingPlatform.Web.Platform.Exam;

/// <summary>What Enrollment decided for this candidate in a province: real name, kind, whether the form is needed (and its prefill), carried and selectable subjects, fee, refusal.</summary>
public sealed record EnrollmentOptionsView(
    string ExamCode, string ProvinceCode, bool RealNameVerified, string Kind, bool FormRequired, string? Refusal, bool WindowOpen,
    IReadOnlyList<CarriedSubjectView> CarriedSubjects, IReadOnlyList<SubjectView> SelectableSubjects,
    long FeePerSubjectFen, DateTimeOffset PaymentDeadline, int NoticeVersion,
    EnrollmentContactView? PrefilledContact, EnrollmentFormView? PrefilledForm);

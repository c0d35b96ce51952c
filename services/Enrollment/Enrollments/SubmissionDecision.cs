namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>An enrollment decided: either refused (with why) or the enrollment to save.</summary>
public sealed record SubmissionDecision(EnrollmentRefusal? Refusal, ExamEnrollment? Enrollment)
{
    public static implicit operator SubmissionDecision(EnrollmentRefusal refusal) => new(refusal, null);
    public static implicit operator SubmissionDecision(ExamEnrollment enrollment) => new(null, enrollment);
}

using AccountingPlatform.Enrollment.Candidates;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// What the platform knows of a candidate before an exam, as loaded: the candidate (certificate, phone, record), their
/// last enrollment's contact and last form, whether they have imported results, what those results' files said of them
/// (the newest), and the subjects they passed in the previous exam year of the same level.
/// </summary>
public sealed record CandidateHistory(
    CandidateEligibility? Candidate,
    bool EnrolledBefore,
    EnrollmentContact? LastContact,
    EnrollmentForm? LastForm,
    bool HasResults,
    EnrollmentForm? FormFromResults,
    IReadOnlyList<PreviousPass> PreviousYearPasses)
{
    public static CandidateHistory None(CandidateEligibility? candidate) => new(candidate, false, null, null, false, null, []);
}

using AccountingPlatform.Enrollment.Exams;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// What the platform decided about a candidate for one exam and province: the kind of candidate, the subjects carried
/// from the previous exam year, what to prefill, and (in a linked province) why enrollment is refused, if it is.
/// </summary>
public sealed record CandidateStanding(
    bool RealNameVerified,
    EnrollmentKind Kind,
    IReadOnlyList<CarriedSubject> Carried,
    EnrollmentContact PrefilledContact,
    EnrollmentForm? PrefilledForm,
    string? Refusal)
{
    public bool FormRequired => Kind != EnrollmentKind.Linked;
}

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>The kind of candidate, decided by the platform (SPEC §5.4).</summary>
public enum EnrollmentKind
{
    /// <summary>新考生 in a province not linked to the personnel registry: fills the enrollment form; the eligibility rule is checked.</summary>
    New,
    /// <summary>老考生: has enrolled before or has exam results; the form is prefilled, passes still valid are carried.</summary>
    Returning,
    /// <summary>连接会计人员库的省份: the approved personnel record stands for the form.</summary>
    Linked,
}

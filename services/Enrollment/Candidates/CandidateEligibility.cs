namespace AccountingPlatform.Enrollment.Candidates;

/// <summary>
/// What enrollment needs to know of a candidate, learned from events: the name (for the receipt), the certificate (to
/// find their exam results), the registered phone (to prefill the contact), real name, personnel record state.
/// </summary>
public sealed class CandidateEligibility
{
    public Guid UserId { get; init; }
    public string? Name { get; set; }
    public string? CertificateType { get; set; }
    public string? CertificateNumber { get; set; }
    public string? RegisteredPhone { get; set; }
    public bool RealNameVerified { get; set; }
    public PersonnelRecordState PersonnelRecord { get; set; }
    /// <summary>The record version the state belongs to; older events are ignored.</summary>
    public int PersonnelRecordVersion { get; set; }
    public string? PersonnelRecordComment { get; set; }
    /// <summary>The division of the department the record is filed with (and, once approved, was approved by).</summary>
    public string? PersonnelRecordDivisionCode { get; set; }
}

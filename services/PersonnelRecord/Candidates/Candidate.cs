namespace AccountingPlatform.PersonnelRecord.Candidates;

/// <summary>What this service knows of a candidate, learned from Identity's and RealName's events (read-only in the record).</summary>
public sealed class Candidate
{
    public Guid UserId { get; init; }
    public string Name { get; set; } = "";
    public string CertificateType { get; set; } = "";
    public string CertificateNumber { get; set; } = "";
    public string? Gender { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string Phone { get; set; } = "";
    public bool RealNameVerified { get; set; }
}

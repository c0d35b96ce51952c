using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// One enrollment in an administrator's list: the person masked (name, certificate number, phone — personal data, full
/// only to its owner), what was enrolled, paid and when.
/// </summary>
public sealed record AdminEnrollmentView(
    Guid Id, string? EnrollmentNumber, string MaskedName, string? CertificateType, string MaskedCertificateNumber, string MaskedPhone,
    EnrollmentKind Kind, IReadOnlyList<string> SubjectCodes, long AmountFen, EnrollmentStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset PayBy, DateTimeOffset? PaidAt, DateTimeOffset? ClosedAt)
{
    /// <summary>A row as the list's query reads it, before masking.</summary>
    public sealed record Row(Guid Id, string? EnrollmentNumber, string? Name, string? CertificateType, string? CertificateNumber, string? MobilePhone,
        EnrollmentKind Kind, List<string> SubjectCodes, long AmountFen, EnrollmentStatus Status,
        DateTimeOffset CreatedAt, DateTimeOffset PayBy, DateTimeOffset? PaidAt, DateTimeOffset? ClosedAt);

    public static AdminEnrollmentView Of(Row r) => new(r.Id, r.EnrollmentNumber, PersonalData.MaskName(r.Name), r.CertificateType,
        PersonalData.MaskCertificateNumber(r.CertificateNumber), PersonalData.MaskPhone(r.MobilePhone), r.Kind, r.SubjectCodes, r.AmountFen, r.Status,
        r.CreatedAt, r.PayBy, r.PaidAt, r.ClosedAt);
}

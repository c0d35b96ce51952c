using AccountingPlatform.Enrollment.Enrollments;

namespace AccountingPlatform.Enrollment.Results;

/// <summary>One line of a results file: a subject passed by the holder of a certificate, and what the file says of the holder, if anything.</summary>
public sealed record ResultRow(int Line, string CertificateType, string CertificateNumber, string SubjectCode, decimal Score, EnrollmentForm? Holder = null);

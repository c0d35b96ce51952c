namespace AccountingPlatform.Enrollment.Results;

/// <summary>One line of a results file: a subject passed by the holder of a certificate.</summary>
public sealed record ResultRow(int Line, string CertificateType, string CertificateNumber, string SubjectCode, decimal Score);
